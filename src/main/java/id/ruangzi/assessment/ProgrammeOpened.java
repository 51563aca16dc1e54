package id.ruangzi.assessment;

import java.util.Map;

/**
 * A unit opened its programme of a year. Published inside the opening transaction, so a
 * listener that sets up what every programme has (the pokja team) commits with it.
 *
 * @param programmeId the new programme
 * @param unitId its unit
 * @param year its year
 * @param areaNames the names of the six change areas in its LKE version, by letter A-F
 */
public record ProgrammeOpened(long programmeId, long unitId, int year, Map<String, String> areaNames) {

	public ProgrammeOpened {
		areaNames = Map.copyOf(areaNames);
	}

}
