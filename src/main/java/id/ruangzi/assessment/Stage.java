package id.ruangzi.assessment;

/**
 * Where a programme stands in the PermenPANRB 90/2021 lifecycle.
 */
public enum Stage {

	PEMBANGUNAN, PENILAIAN_MANDIRI, DIAJUKAN, DIREVIU, DIUSULKAN, DITETAPKAN_WBK, DITETAPKAN_WBBM, PEMBINAAN;

	/** Answers are frozen once the unit has submitted, until a supervisor returns it. */
	public boolean acceptsAnswers() {
		return this == PEMBANGUNAN || this == PENILAIAN_MANDIRI;
	}

}
