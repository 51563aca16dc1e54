package id.ruangzi.assessment;

import java.time.LocalDate;

/**
 * One programme of a supervisor overview's scope, for sorting its units by a column
 * another module owns.
 *
 * @param unitId the unit
 * @param programmeId its programme of the year
 * @param lastAnswered the day of the latest answer change, or null
 */
public record ScopedProgramme(long unitId, long programmeId, LocalDate lastAnswered) {

}
