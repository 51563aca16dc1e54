package id.ruangzi.actionplan;

/**
 * Where a task stands, in board order.
 */
public enum TaskStatus {

	BELUM, PROSES, SELESAI, BATAL;

	/** Whether the task still has to be done (it can then be overdue). */
	public boolean open() {
		return this == BELUM || this == PROSES;
	}

}
