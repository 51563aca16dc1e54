package id.ruangzi.evidence;

import java.util.List;

import id.ruangzi.evidence.internal.KindWords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KindWordsTests {

	@Test
	void theTypicalEvidenceOfTheTeamItemNamesDecreeInvitationAttendanceAndMinutes() {
		assertThat(KindWords.named(List.of("SK Tim Kerja Pembangunan ZI menuju WBK/WBBM",
				"Undangan dan daftar hadir rapat pembentukan Tim Kerja",
				"Notulen/laporan pelaksanaan rapat pembentukan Tim Kerja")))
			.containsExactlyInAnyOrder(EvidenceKind.SK, EvidenceKind.SURAT, EvidenceKind.DAFTAR_HADIR,
					EvidenceKind.NOTULEN, EvidenceKind.LAPORAN);
	}

	@Test
	void aSuratKeputusanIsADecreeNotALetterAndWordsInsideOtherWordsDoNotCount() {
		assertThat(KindWords.named(List.of("Surat Keputusan Kepala tentang SOP layanan")))
			.containsExactlyInAnyOrder(EvidenceKind.SK, EvidenceKind.SOP);
		assertThat(KindWords.named(List.of("Kertas kerja penentuan anggota (task force)"))).isEmpty();
	}

}
