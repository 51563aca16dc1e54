package id.ruangzi.assessment.scoring;

/**
 * A Zona Integritas predicate, in the order units earn them: a unit holds {@link #NONE}
 * until it is awarded {@link #WBK}, and only a WBK unit may be proposed for
 * {@link #WBBM}.
 */
public enum Predicate {

	NONE, WBK, WBBM;

	/**
	 * Whether holding this predicate satisfies a requirement to hold {@code required}.
	 */
	public boolean satisfies(Predicate required) {
		return ordinal() >= required.ordinal();
	}

}
