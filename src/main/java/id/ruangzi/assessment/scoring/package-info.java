/**
 * The LKE scoring engine of PermenPANRB 90/2021: the worksheet template, answers, the
 * {@link id.ruangzi.assessment.scoring.ScoringEngine} and the
 * {@link id.ruangzi.assessment.scoring.GapExplainer}.
 * <p>
 * Plain Java on purpose (no Spring, no JPA): scores must match the official worksheet to
 * the cent, so the rules live in one place that table-driven unit tests can pin down, and
 * other modules (catalogue, reporting, review) can call it without a container. Exposed
 * as the named interface {@code scoring} of the {@code assessment} module.
 */
@NamedInterface("scoring")
package id.ruangzi.assessment.scoring;

import org.springframework.modulith.NamedInterface;
