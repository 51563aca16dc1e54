package id.ruangzi.assessment.scoring;

/**
 * The six change areas (area perubahan) of the Pengungkit, by the third letter of the
 * item code: PPA..PPF for Pemenuhan and PRA..PRF for Reform.
 */
public enum Area {

	A, B, C, D, E, F;

	/**
	 * The area of a Pengungkit item code such as {@code PPC3A} or sub-indicator code such
	 * as {@code PRE2}.
	 * @param code the item or sub-indicator code
	 * @return the area
	 * @throws IllegalArgumentException when the code carries no area letter
	 */
	public static Area ofCode(String code) {
		if (code == null || code.length() < 3) {
			throw new IllegalArgumentException("No area in code " + code);
		}
		char letter = code.charAt(2);
		if (letter < 'A' || letter > 'F') {
			throw new IllegalArgumentException("No area in code " + code);
		}
		return values()[letter - 'A'];
	}

}
