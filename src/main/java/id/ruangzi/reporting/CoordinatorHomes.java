package id.ruangzi.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.ruangzi.actionplan.ActivityApi;
import id.ruangzi.actionplan.ActivityView;
import id.ruangzi.actionplan.TaskFilter;
import id.ruangzi.actionplan.TaskService;
import id.ruangzi.actionplan.TaskSort;
import id.ruangzi.actionplan.TaskView;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.evidence.EvidenceApi;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.review.ReviewApi;
import id.ruangzi.review.ReviewPage;
import id.ruangzi.review.VerdictView;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator home. Anyone who may see the programme may open it; it shows the pokja
 * the person sits in, so a coordinator sees their area and a member theirs. A fixed
 * number of SQL statements: the sheet, the evidence counts, the review page, one page of
 * tasks and one of activities, whatever the data.
 */
@Service
@Transactional(readOnly = true)
public class CoordinatorHomes {

	/** How many tasks and activities the page lists. */
	static final int LIST = 10;

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final EvidenceApi evidence;

	private final ReviewApi review;

	private final TaskService tasks;

	private final ActivityApi activities;

	CoordinatorHomes(AssessmentApi assessment, PokjaApi pokja, EvidenceApi evidence, ReviewApi review,
			TaskService tasks, ActivityApi activities) {
		this.assessment = assessment;
		this.pokja = pokja;
		this.evidence = evidence;
		this.review = review;
		this.tasks = tasks;
		this.activities = activities;
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the person's home for it
	 */
	public CoordinatorHome home(CurrentUser user, long programmeId) {
		AssessmentSheet sheet = this.assessment.sheet(user, programmeId);
		List<PokjaView> mine = this.pokja.pokjaOf(programmeId).stream().filter((p) -> p.hasMember(user.id())).toList();
		List<CoordinatorHomePokja> lines = new ArrayList<>();
		if (!mine.isEmpty()) {
			Map<String, Long> counts = this.evidence.countsByItem(user, programmeId);
			ReviewPage page = this.review.page(user, programmeId);
			for (PokjaView one : mine) {
				Area area = Area.valueOf(one.areaCode());
				List<Item> withoutEvidence = sheet.template()
					.items()
					.stream()
					.filter((item) -> item.area() == area && counts.getOrDefault(item.code(), 0L) == 0)
					.toList();
				List<CoordinatorHomeRevision> revisions = page.revisions()
					.stream()
					.filter((item) -> item.area() == area)
					.map((item) -> revision(page.verdicts().get(item.code())))
					.toList();
				lines.add(new CoordinatorHomePokja(one, sheet.score().area(area), withoutEvidence, revisions));
			}
		}
		List<TaskView> mineTasks = this.tasks
			.list(user, programmeId, TaskFilter.of(null, null, user.getUsername(), null, false, TaskSort.DUE),
					PageRequest.of(0, LIST))
			.getContent();
		// Counted over all of the person's tasks, not only the few shown.
		long overdue = this.tasks
			.list(user, programmeId, TaskFilter.of(null, null, user.getUsername(), null, true, TaskSort.DUE),
					PageRequest.of(0, 1))
			.getTotalElements();
		List<ActivityView> latest = this.activities.activities(user, programmeId, 0)
			.activities()
			.getContent()
			.stream()
			.limit(LIST)
			.toList();
		return new CoordinatorHome(sheet.programme(), lines, mineTasks, overdue, latest);
	}

	private static CoordinatorHomeRevision revision(VerdictView verdict) {
		return new CoordinatorHomeRevision(verdict.itemCode(), verdict.roundNumber(), verdict.note(),
				verdict.reviewedBy());
	}

}
