package id.ruangzi.evidence.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.ruangzi.evidence.EvidenceKind;

/**
 * Which evidence kinds the LKE's typical-evidence text (data dukung) names, by words:
 * "SK"/"surat keputusan" is SK, "SOP"/"standar operasional" SOP, "notulen"/"notula"/
 * "risalah" NOTULEN, "daftar hadir"/"absensi"/"presensi" DAFTAR_HADIR,
 * "foto"/"dokumentasi"/"video" FOTO, "laporan" LAPORAN, "surat" (other than a surat
 * keputusan)/"undangan"/"nota dinas"/"edaran" SURAT. LAINNYA is never named.
 */
public final class KindWords {

	private static final Map<EvidenceKind, Pattern> WORDS = Map.of(EvidenceKind.SK,
			Pattern.compile("\\bsk\\b|surat keputusan"), EvidenceKind.SOP,
			Pattern.compile("\\bsop\\b|standar operasional"), EvidenceKind.NOTULEN,
			Pattern.compile("notulen|notula|risalah"), EvidenceKind.DAFTAR_HADIR,
			Pattern.compile("daftar hadir|absensi|presensi"), EvidenceKind.FOTO,
			Pattern.compile("\\bfoto|dokumentasi|\\bvideo"), EvidenceKind.LAPORAN, Pattern.compile("laporan"),
			EvidenceKind.SURAT, Pattern.compile("\\bsurat\\b(?! keputusan)|undangan|nota dinas|edaran"));

	private KindWords() {
	}

	/**
	 * @param texts an item's typical evidence
	 * @return the kinds the text names, empty when it names none
	 */
	public static Set<EvidenceKind> named(List<String> texts) {
		Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
		for (String text : texts) {
			String lower = text.toLowerCase(Locale.ROOT);
			WORDS.forEach((kind, pattern) -> {
				if (pattern.matcher(lower).find()) {
					kinds.add(kind);
				}
			});
		}
		return kinds;
	}

}
