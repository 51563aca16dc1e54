package id.ruangzi.review;

import java.util.List;
import java.util.Map;

import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Item;

/**
 * The review of one programme as both sides see it: the latest round's frozen answers,
 * the verdicts on them, the item threads and the calibration per area.
 *
 * @param programme the programme
 * @param items the LKE items, in worksheet order
 * @param rounds every round, first to latest
 * @param round the latest round, or null before the first submission
 * @param answers the latest round's frozen answers by item code
 * @param verdicts the latest round's verdicts by item code
 * @param comments each item's thread by item code
 * @param calibration per area A-F, unit score beside reviewer score (empty without a
 * round)
 * @param mayReview whether the user may give verdicts, return and complete
 * @param maySubmit whether the user may submit now
 * @param mayComment whether the user may write in the threads
 */
public record ReviewPage(ProgrammeView programme, List<Item> items, List<RoundView> rounds, RoundView round,
		Map<String, ItemValue> answers, Map<String, VerdictView> verdicts, Map<String, List<CommentView>> comments,
		List<AreaCalibration> calibration, boolean mayReview, boolean maySubmit, boolean mayComment) {

	/** Whether the user may give verdicts now: a supervisor, on an open round. */
	public boolean reviewing() {
		return this.mayReview && this.round != null && this.round.open()
				&& this.programme.stage() == id.ruangzi.assessment.Stage.DIAJUKAN;
	}

	/**
	 * @return the items of the latest round that the supervisor asked to revise
	 */
	public List<Item> revisions() {
		return this.items.stream()
			.filter((item) -> this.verdicts.containsKey(item.code())
					&& this.verdicts.get(item.code()).verdict() == Verdict.PERLU_REVISI)
			.toList();
	}

	/**
	 * @return an item's thread, empty when nobody wrote
	 */
	public List<CommentView> thread(String itemCode) {
		return this.comments.getOrDefault(itemCode, List.of());
	}

}
