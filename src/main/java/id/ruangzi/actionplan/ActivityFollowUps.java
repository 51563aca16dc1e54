package id.ruangzi.actionplan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ruangzi.actionplan.ActivityRights.Rights;
import id.ruangzi.actionplan.activity.Activity;
import id.ruangzi.actionplan.activity.FollowUpLine;
import id.ruangzi.actionplan.activity.FollowUpLineRepository;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The follow-ups of an activity for {@link ActivityApi}: keeping the lines when an
 * activity is saved, and turning one into a task of the action plan through
 * {@link TaskService}. It runs inside the facade's transaction.
 */
@Component
class ActivityFollowUps {

	private final ActivityRights rights;

	private final FollowUpLineRepository followUps;

	private final TaskService tasks;

	private final PokjaApi pokja;

	ActivityFollowUps(ActivityRights rights, FollowUpLineRepository followUps, TaskService tasks, PokjaApi pokja) {
		this.rights = rights;
		this.followUps = followUps;
		this.tasks = tasks;
		this.pokja = pokja;
	}

	long makeTask(CurrentUser user, long programmeId, long activityId, long followUpId) {
		Rights can = this.rights.of(user, programmeId);
		Activity activity = this.rights.activity(programmeId, activityId);
		FollowUpLine line = this.followUps.findById(followUpId)
			.filter((one) -> one.getActivityId() == activityId)
			.orElseThrow(() -> new NotFoundException("follow-up " + followUpId));
		String area = activity.getAreaCode();
		if (!can.scope().coversCode(area)) {
			throw new ForbiddenException("make a task of follow-up " + followUpId);
		}
		if (line.getTaskId() != null) {
			return line.getTaskId();
		}
		Long pokjaId = (area == null) ? null
				: this.pokja.pokjaOf(programmeId)
					.stream()
					.filter((one) -> area.equals(one.areaCode()))
					.map(PokjaView::id)
					.findFirst()
					.orElse(null);
		String title = (line.getText().length() > 200) ? line.getText().substring(0, 200) : line.getText();
		TaskView task = this.tasks.create(user, programmeId,
				new TaskDraft(title, null, area, pokjaId, List.of(), null, null, null, null, null, null, null));
		line.becameTask(task.id());
		// The follow-up's version makes a simultaneous second click fail instead of
		// making a second task.
		this.followUps.saveAndFlush(line);
		return task.id();
	}

	// Keeps the lines still there (and their tasks), drops the removed ones, adds the
	// new.
	void replace(long activityId, List<String> texts) {
		List<FollowUpLine> existing = this.followUps.findByActivityIdOrderByPosition(activityId);
		Map<String, FollowUpLine> byText = new HashMap<>();
		existing.forEach((line) -> byText.putIfAbsent(line.getText(), line));
		List<FollowUpLine> keep = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			if (text.length() > 500) {
				throw new ActivityRefusedException("followUps", "activity.followUps.tooLong");
			}
			FollowUpLine line = byText.remove(text);
			if (line == null) {
				line = new FollowUpLine(activityId, i, text);
			}
			else {
				line.moveTo(i);
			}
			keep.add(line);
		}
		this.followUps.deleteAll(byText.values());
		this.followUps.saveAll(keep);
	}

}
