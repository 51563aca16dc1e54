package id.ruangzi.assessment.scoring;

/**
 * The four sub-komponen, recognised by the first two letters of the item code, which is
 * how the worksheet itself groups them.
 */
public enum SubComponentKind {

	/** Pemenuhan (PP..), 30 in six areas. */
	PEMENUHAN("PP", ComponentKind.PENGUNGKIT),

	/** Reform (PR..), 30 in six areas. */
	REFORM("PR", ComponentKind.PENGUNGKIT),

	/** Birokrasi yang Bersih dan Akuntabel (HBA IPAK + HBB capaian kinerja), 22.5. */
	BERSIH_AKUNTABEL("HB", ComponentKind.HASIL),

	/** Pelayanan Publik yang Prima (HPA IPKP), 17.5. */
	PELAYANAN_PRIMA("HP", ComponentKind.HASIL);

	private final String codePrefix;

	private final ComponentKind component;

	SubComponentKind(String codePrefix, ComponentKind component) {
		this.codePrefix = codePrefix;
		this.component = component;
	}

	public ComponentKind component() {
		return this.component;
	}

	/** Whether the items of this sub-component belong to one of the six areas. */
	public boolean hasAreas() {
		return this.component == ComponentKind.PENGUNGKIT;
	}

	/**
	 * The sub-component of an item code.
	 * @param itemCode such as {@code PPA1A} or {@code HBB}
	 * @return the sub-component
	 * @throws IllegalArgumentException for a code of no known sub-component
	 */
	public static SubComponentKind ofItemCode(String itemCode) {
		for (SubComponentKind kind : values()) {
			if (itemCode != null && itemCode.startsWith(kind.codePrefix)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("No sub-component for item code " + itemCode);
	}

}
