package id.ruangzi.actionplan.web;

import id.ruangzi.actionplan.TaskService;
import id.ruangzi.identity.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Tugas saya: the tasks the signed-in person is in charge of, overdue first.
 */
@Controller
class MyTasksController {

	private final TaskService tasks;

	MyTasksController(TaskService tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/me/tasks")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("mine", this.tasks.mine(user));
		model.addAttribute("statuses", id.ruangzi.actionplan.TaskStatus.values());
		return "actionplan/tasks/mine";
	}

}
