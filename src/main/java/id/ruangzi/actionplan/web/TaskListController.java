package id.ruangzi.actionplan.web;

import id.ruangzi.actionplan.TaskDraft;
import id.ruangzi.actionplan.TaskRejectedException;
import id.ruangzi.actionplan.TaskService;
import id.ruangzi.actionplan.TaskView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.Flash;
import id.ruangzi.shared.web.ForbiddenException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's task list with filters, order and pager, and the form for a new task.
 */
@Controller
class TaskListController {

	static final int PAGE_SIZE = 25;

	private final TaskService tasks;

	private final TaskPageModel pageModel;

	TaskListController(TaskService tasks, TaskPageModel pageModel) {
		this.tasks = tasks;
		this.pageModel = pageModel;
	}

	@GetMapping("/programmes/{id}/tasks")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("filter") TaskFilterForm filter, Model model) {
		this.pageModel.add(model, user, id);
		Page<TaskView> page = this.tasks.list(user, id, filter.toFilter(),
				PageRequest.of(filter.pageNumber(), PAGE_SIZE));
		String path = "/programmes/" + id + "/tasks";
		model.addAttribute("page", page);
		model.addAttribute("previousLink", filter.link(path, page.getNumber() - 1));
		model.addAttribute("nextLink", filter.link(path, page.getNumber() + 1));
		model.addAttribute("xlsxLink", filter.link(path + ".xlsx", null));
		model.addAttribute("csvLink", filter.link(path + ".csv", null));
		return "actionplan/tasks/list";
	}

	@GetMapping("/programmes/{id}/tasks/new")
	String newTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String area, @RequestParam(required = false) String pokja, Model model) {
		if (!this.tasks.scope(user, id).any()) {
			throw new ForbiddenException("create tasks in programme " + id);
		}
		model.addAttribute("taskForm", TaskForm.empty(area, pokja));
		return form(user, id, model);
	}

	@PostMapping("/programmes/{id}/tasks")
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("taskForm") TaskForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		TaskDraft draft = form.toDraft(result);
		if (draft == null) {
			return form(user, id, model);
		}
		try {
			TaskView task = this.tasks.create(user, id, draft);
			Flash.success(redirect, "actionplan.task.created", task.title());
			return "redirect:/programmes/" + id + "/tasks/" + task.id();
		}
		catch (TaskRejectedException ex) {
			TaskForm.reject(ex, result);
			return form(user, id, model);
		}
	}

	private String form(CurrentUser user, long id, Model model) {
		this.pageModel.add(model, user, id);
		return "actionplan/tasks/new";
	}

}
