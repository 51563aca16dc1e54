package id.ruangzi.assessment;

import java.util.Set;

import id.ruangzi.assessment.scoring.Area;

/**
 * Which change areas a person works on in a programme, through their seats in its pokja.
 * Implemented by the pokja module, so that this module can narrow a coordinator's edit
 * rights to their area without depending on pokja (which depends on it).
 */
public interface AreaAssignments {

	/**
	 * @param programmeId the programme
	 * @param userId the person
	 * @return the areas of the pokja the person sits in, in any position; empty when none
	 */
	Set<Area> areasOf(long programmeId, long userId);

}
