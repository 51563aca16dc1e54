package id.ruangzi.actionplan.web;

import java.util.List;

import id.ruangzi.actionplan.TaskTemplates;
import id.ruangzi.actionplan.TaskView;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starting the plan from typical ZI actions: the evidence examples of the LKE as
 * checkboxes per area.
 */
@Controller
class TaskTemplatesController {

	private final TaskTemplates templates;

	private final AssessmentApi assessment;

	TaskTemplatesController(TaskTemplates templates, AssessmentApi assessment) {
		this.templates = templates;
		this.assessment = assessment;
	}

	@GetMapping("/programmes/{id}/tasks/templates")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("programme", this.assessment.programme(user, id));
		model.addAttribute("lines", this.templates.lines(user, id));
		return "actionplan/tasks/templates";
	}

	@PostMapping("/programmes/{id}/tasks/templates")
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "line", required = false) List<String> lines, RedirectAttributes redirect) {
		List<TaskView> created = this.templates.create(user, id, (lines != null) ? lines : List.of());
		if (created.isEmpty()) {
			Flash.error(redirect, "actionplan.templates.none");
			return "redirect:/programmes/" + id + "/tasks/templates";
		}
		Flash.success(redirect, "actionplan.templates.created", created.size());
		return "redirect:/programmes/" + id + "/tasks";
	}

}
