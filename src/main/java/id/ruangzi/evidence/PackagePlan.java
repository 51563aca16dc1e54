package id.ruangzi.evidence;

import java.util.List;

/**
 * What a programme's evidence package will hold, decided (and the user's right checked)
 * before a byte is streamed.
 *
 * @param programmeId the programme
 * @param fileName the download's name, such as {@code eviden-MTSN2-BDL-2026.zip}
 * @param entries every record, in folder order
 */
public record PackagePlan(long programmeId, String fileName, List<PackageEntry> entries) {

	/** The index's name, at the root of the ZIP. */
	public static final String INDEX = "indeks-eviden.csv";

	public PackagePlan {
		entries = List.copyOf(entries);
	}

}
