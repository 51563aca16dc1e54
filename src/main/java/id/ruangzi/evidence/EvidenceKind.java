package id.ruangzi.evidence;

/** What an evidence document is. */
public enum EvidenceKind {

	SK, SOP, NOTULEN, DAFTAR_HADIR, FOTO, LAPORAN, SURAT, LAINNYA

}
