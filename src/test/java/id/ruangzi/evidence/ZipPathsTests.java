package id.ruangzi.evidence;

import id.ruangzi.evidence.internal.ZipPaths;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZipPathsTests {

	@Test
	void storedNamesNeverEscapeTheirFolder() {
		ZipPaths paths = new ZipPaths();
		assertThat(paths.fileIn("A/PPA1A", "../../etc/passwd")).isEqualTo("passwd");
		assertThat(paths.fileIn("A/PPA1A", "..")).isEqualTo("berkas");
		assertThat(paths.fileIn("A/PPA1A", "C:\\Windows\\evil.pdf")).isEqualTo("evil.pdf");
		assertThat(paths.fileIn("A/PPA1A", "a/..\\..%2F..%2Fb.pdf")).doesNotContain("/", "\\", "..");
		assertThat(ZipPaths.segment("../..", "x")).isEqualTo("x");
		assertThat(ZipPaths.segment("A-Manajemen Perubahan", "A")).isEqualTo("A-Manajemen-Perubahan");
	}

	@Test
	void namesAreAsciiWithAShortExtensionAndUniqueInAFolderWhateverTheCase() {
		ZipPaths paths = new ZipPaths();
		assertThat(paths.fileIn("F", "Notulen Rapat (Final) é.PDF")).isEqualTo("Notulen-Rapat-Final-e.pdf");
		assertThat(paths.fileIn("F", "notulen rapat (final) e.pdf")).isEqualTo("notulen-rapat-final-e-2.pdf");
		assertThat(paths.fileIn("F", "Notulen Rapat (Final) e.pdf")).isEqualTo("Notulen-Rapat-Final-e-3.pdf");
		assertThat(paths.fileIn("G", "notulen rapat (final) e.pdf")).isEqualTo("notulen-rapat-final-e.pdf");
		assertThat(paths.fileIn("F", "\u202Egpj.exe")).isEqualTo("gpj.exe");
	}

}
