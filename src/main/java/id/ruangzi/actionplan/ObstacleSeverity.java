package id.ruangzi.actionplan;

/** How badly an obstacle holds the programme back. */
public enum ObstacleSeverity {

	RENDAH, SEDANG, TINGGI

}
