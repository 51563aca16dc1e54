package id.ruangzi.actionplan;

/**
 * How urgent a task is, lowest first.
 */
public enum TaskPriority {

	RENDAH, SEDANG, TINGGI

}
