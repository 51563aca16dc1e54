package id.ruangzi.evidence;

import id.ruangzi.evidence.internal.FileNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void pathSeparatorsAreDroppedSoANameIsNeverAPath() {
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.clean("C:\\Users\\guru\\laporan.pdf")).isEqualTo("laporan.pdf");
	}

	@Test
	void controlAndRightToLeftOverrideCharactersAreRemoved() {
		assertThat(FileNames.clean("foto\u202Egpj.exe")).isEqualTo("fotogpj.exe");
		assertThat(FileNames.clean("a\r\nb\u0000.pdf")).isEqualTo("ab.pdf");
	}

	@Test
	void aThreeHundredCharacterNameIsShortenedKeepingItsExtension() {
		String name = FileNames.clean("x".repeat(296) + ".pdf");
		assertThat(name).hasSize(200).endsWith(".pdf");
	}

	@Test
	void aNameOfNothingBecomesAPlaceholder() {
		assertThat(FileNames.clean("///")).isEqualTo("berkas");
		assertThat(FileNames.clean(null)).isEqualTo("berkas");
	}

}
