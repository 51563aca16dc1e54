package id.ruangzi.bench.national;

/**
 * How many of everything the national data set has at a scale: 1.0 is issue 8's country
 * (34 Kanwil, 500 Kankemenag, 9,500 madrasah and KUA); a fraction shrinks the unit counts
 * (never below one of each) while everything per programme stays the same.
 *
 * @param kanwil provincial offices
 * @param kankemenag district offices
 * @param leaves madrasah and KUA
 */
record NationalShape(int kanwil, int kankemenag, int leaves) {

	static final int USERS_PER_UNIT = 5;

	static final int TASKS_PER_PROGRAMME = 20;

	static final int EVIDENCE_PER_PROGRAMME = 100;

	static final int SNAPSHOT_DAYS = 90;

	static final int EVIDENCE_FILES = 300;

	static NationalShape at(double scale) {
		if (!(scale > 0 && scale <= 1)) {
			throw new IllegalArgumentException("scale must be in (0, 1]: " + scale);
		}
		return new NationalShape(count(34, scale), count(500, scale), count(9_500, scale));
	}

	private static int count(int full, double scale) {
		return Math.max(1, (int) Math.round(full * scale));
	}

	int units() {
		return this.kanwil + this.kankemenag + this.leaves;
	}

	int users() {
		return units() * USERS_PER_UNIT;
	}

	/** One programme per generated unit. */
	int programmes() {
		return units();
	}

	/** Four in five programmes are fully answered. */
	static boolean fullyAnswered(int unitIndex) {
		return unitIndex % 5 != 0;
	}

	/** One in ten (all fully answered) went to review; half of those are completed. */
	static boolean reviewed(int unitIndex) {
		return unitIndex % 10 == 3;
	}

	static boolean reviewCompleted(int unitIndex) {
		return unitIndex % 20 == 3;
	}

	int reviewedProgrammes() {
		int n = 0;
		for (int i = 0; i < units(); i++) {
			n += reviewed(i) ? 1 : 0;
		}
		return n;
	}

}
