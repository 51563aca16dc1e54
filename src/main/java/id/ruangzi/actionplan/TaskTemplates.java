package id.ruangzi.actionplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.shared.web.ForbiddenException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The typical ZI actions a unit can start its plan from: per area, the distinct evidence
 * examples of the area's items in the programme's LKE version. Picking lines creates one
 * task per line, linked to the items it comes from, in the area's pokja; a line whose
 * title is already a task is marked and never created twice.
 */
@Service
@Transactional(readOnly = true)
public class TaskTemplates {

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final TaskService tasks;

	TaskTemplates(AssessmentApi assessment, PokjaApi pokja, TaskService tasks) {
		this.assessment = assessment;
		this.pokja = pokja;
		this.tasks = tasks;
	}

	/**
	 * @param user the signed-in user, who must be able to create tasks
	 * @param programmeId the programme
	 * @return the lines of the areas the user may plan, by area then worksheet order
	 */
	public List<TemplateLine> lines(CurrentUser user, long programmeId) {
		AssessmentSheet sheet = this.assessment.sheet(user, programmeId);
		if (!sheet.scope().any()) {
			throw new ForbiddenException("plan tasks of programme " + programmeId);
		}
		Set<String> taken = this.tasks.titles(user, programmeId);
		List<TemplateLine> lines = new ArrayList<>();
		for (Area area : Area.values()) {
			if (!sheet.scope().covers(area)) {
				continue;
			}
			Map<String, Set<String>> byTitle = new LinkedHashMap<>();
			for (Item item : sheet.template().items()) {
				if (item.area() != area) {
					continue;
				}
				for (String evidence : item.evidence()) {
					String title = title(evidence);
					if (!title.isEmpty()) {
						byTitle.computeIfAbsent(title, (key) -> new LinkedHashSet<>()).add(item.code());
					}
				}
			}
			int index = 0;
			for (Map.Entry<String, Set<String>> line : byTitle.entrySet()) {
				lines.add(new TemplateLine(area.name() + "-" + (++index), area.name(), line.getKey(),
						List.copyOf(line.getValue()), taken.contains(line.getKey())));
			}
		}
		return lines;
	}

	/**
	 * Creates a task for each picked line that is not a task yet.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param keys the picked lines' keys; unknown keys are ignored
	 * @return the new tasks
	 */
	@Transactional
	public List<TaskView> create(CurrentUser user, long programmeId, Collection<String> keys) {
		Set<String> picked = new LinkedHashSet<>(keys);
		Map<String, Long> pokjaByArea = new LinkedHashMap<>();
		for (PokjaView one : this.pokja.pokjaOf(programmeId)) {
			pokjaByArea.put(one.areaCode(), one.id());
		}
		List<TaskDraft> drafts = new ArrayList<>();
		for (TemplateLine line : lines(user, programmeId)) {
			if (picked.contains(line.key()) && !line.taken()) {
				drafts.add(new TaskDraft(line.title(), null, line.areaCode(), pokjaByArea.get(line.areaCode()),
						line.itemCodes(), null, null, null, null, null, line.title(), null));
			}
		}
		return drafts.isEmpty() ? List.of() : this.tasks.createAll(user, programmeId, drafts);
	}

	// Evidence examples can be longer than a title may be.
	static String title(String evidence) {
		String text = evidence.strip().replaceAll("\\s+", " ");
		return (text.length() <= 200) ? text : text.substring(0, 199).strip() + "…";
	}

}
