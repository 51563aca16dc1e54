package id.ruangzi.review;

/** A supervisor's verdict on one item of a submitted programme. */
public enum Verdict {

	DITERIMA, PERLU_REVISI

}
