package id.ruangzi.assessment;

import java.util.Map;

/**
 * How much evidence each LKE item of a programme has. Implemented by the evidence module,
 * so that the self-assessment can show the count beside each item without depending on
 * evidence (which depends on this module).
 */
public interface EvidenceCounts {

	/**
	 * No user check: callers have already checked that the user may see the programme.
	 * @param programmeId the programme
	 * @return the number of evidence records per item code; items without evidence are
	 * absent
	 */
	Map<String, Long> countsByItem(long programmeId);

}
