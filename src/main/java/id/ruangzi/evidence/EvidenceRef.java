package id.ruangzi.evidence;

/**
 * An evidence record as a finding names it.
 *
 * @param id the record
 * @param title its title
 * @param kind its kind
 */
public record EvidenceRef(long id, String title, EvidenceKind kind) {

}
