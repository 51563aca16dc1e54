package id.ruangzi.assessment.internal;

import java.util.List;

/**
 * The columns of the LKE worksheet as units already keep it in Excel; export and import
 * share them, so a file exported here imports back unchanged.
 */
public final class WorksheetLayout {

	public static final List<String> HEADER = List.of("Kode", "Penilaian", "Bobot", "Pilihan Jawaban", "Jawaban",
			"Nilai", "%", "Catatan", "Eviden");

	public static final int CODE = 0;

	public static final int TEXT = 1;

	public static final int WEIGHT = 2;

	public static final int CHOICES = 3;

	public static final int ANSWER = 4;

	public static final int SCORE = 5;

	public static final int PERCENT = 6;

	public static final int NOTE = 7;

	public static final int EVIDENCE = 8;

	private WorksheetLayout() {
	}

}
