package id.ruangzi.actionplan.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.TaskPriority;
import id.ruangzi.actionplan.TaskService;
import id.ruangzi.actionplan.TaskSort;
import id.ruangzi.actionplan.TaskStatus;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.EditScope;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every task page of a programme shows around its content: the programme, its pokja
 * (by id, for names), the people who may take a task, the choices of the selects and the
 * user's edit scope.
 */
@Component
class TaskPageModel {

	private final AssessmentApi assessment;

	private final PokjaApi pokja;

	private final TaskService tasks;

	TaskPageModel(AssessmentApi assessment, PokjaApi pokja, TaskService tasks) {
		this.assessment = assessment;
		this.pokja = pokja;
		this.tasks = tasks;
	}

	ProgrammeView add(Model model, CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		List<PokjaView> all = this.pokja.pokjaOf(programmeId);
		EditScope scope = this.tasks.scope(user, programmeId);
		model.addAttribute("programme", programme);
		model.addAttribute("pokjaList", all);
		model.addAttribute("pokjaById", all.stream().collect(Collectors.toMap(PokjaView::id, Function.identity())));
		model.addAttribute("people", this.tasks.candidates(user, programmeId));
		model.addAttribute("scope", scope);
		model.addAttribute("areas", List.of("A", "B", "C", "D", "E", "F"));
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("priorities", TaskPriority.values());
		model.addAttribute("sorts", TaskSort.values());
		return programme;
	}

}
