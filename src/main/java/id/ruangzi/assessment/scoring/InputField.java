package id.ruangzi.assessment.scoring;

/**
 * One named input of a NUMERIC or SURVEY_INDEX item.
 *
 * @param key the key answers use, such as {@code agen} or {@code index}
 * @param label the worksheet's description of the number
 */
public record InputField(String key, String label) {
}
