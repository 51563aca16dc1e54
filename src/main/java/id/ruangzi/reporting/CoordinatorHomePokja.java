package id.ruangzi.reporting;

import java.util.List;

import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.ScoreReport.AreaScore;
import id.ruangzi.pokja.PokjaView;

/**
 * One pokja the signed-in person sits in, on their coordinator home.
 *
 * @param pokja the pokja
 * @param area its area's score and percent
 * @param withoutEvidence the area's items without any evidence record, in worksheet order
 * @param revisions the area's items a supervisor asked to revise in the latest round
 */
public record CoordinatorHomePokja(PokjaView pokja, AreaScore area, List<Item> withoutEvidence,
		List<CoordinatorHomeRevision> revisions) {

	public CoordinatorHomePokja {
		withoutEvidence = List.copyOf(withoutEvidence);
		revisions = List.copyOf(revisions);
	}

}
