package id.ruangzi.assessment.scoring;

/** The gates a worksheet must pass for a predicate. */
public enum GateName {

	TOTAL, PENGUNGKIT, AREA_A, AREA_B, AREA_C, AREA_D, AREA_E, AREA_F, BERSIH_AKUNTABEL, IPAK, CAPAIAN_KINERJA, IPKP,
	PREDICATE_HELD;

	/** The gate of an area's percent. */
	public static GateName ofArea(Area area) {
		return values()[AREA_A.ordinal() + area.ordinal()];
	}

	/** Whether a score decides the gate, as opposed to the predicate the unit holds. */
	public boolean isScoreGate() {
		return this != PREDICATE_HELD;
	}

	/** Whether this is one of the six area gates. */
	public boolean isAreaGate() {
		return ordinal() >= AREA_A.ordinal() && ordinal() <= AREA_F.ordinal();
	}

	/** The area of an area gate. */
	public Area area() {
		if (!isAreaGate()) {
			throw new IllegalStateException(this + " is not an area gate");
		}
		return Area.values()[ordinal() - AREA_A.ordinal()];
	}

}
