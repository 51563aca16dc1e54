package id.ruangzi.evidence;

/**
 * The newest revision of an evidence file, for freezing what a submission contained.
 *
 * @param evidenceId the record
 * @param revisionId its newest revision
 */
public record CurrentRevision(long evidenceId, long revisionId) {

}
