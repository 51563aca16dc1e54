package id.ruangzi.actionplan.web;

import jakarta.servlet.http.HttpServletResponse;

import id.ruangzi.actionplan.TaskChange;
import id.ruangzi.actionplan.TaskDetail;
import id.ruangzi.actionplan.TaskDraft;
import id.ruangzi.actionplan.TaskRejectedException;
import id.ruangzi.actionplan.TaskService;
import id.ruangzi.actionplan.TaskView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.Flash;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
 * One task's page: its fields (a form for editors), status and progress (a small form for
 * the person in charge), comments, and deleting it. A stale form answers 409 on the same
 * page with "someone else changed this task; reload", keeping what the user typed.
 */
@Controller
class TaskController {

	private final TaskService tasks;

	private final TaskPageModel pageModel;

	TaskController(TaskService tasks, TaskPageModel pageModel) {
		this.tasks = tasks;
		this.pageModel = pageModel;
	}

	@GetMapping("/programmes/{id}/tasks/{taskId}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
			Model model) {
		TaskDetail detail = this.tasks.detail(user, id, taskId);
		model.addAttribute("taskForm", TaskForm.of(detail.task()));
		return page(user, id, detail, model);
	}

	@PostMapping("/programmes/{id}/tasks/{taskId}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
			@ModelAttribute("taskForm") TaskForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TaskDraft draft = form.toDraft(result);
		if (draft != null) {
			try {
				TaskView task = this.tasks.edit(user, id, taskId, draft,
						(form.version() != null) ? form.version() : -1);
				Flash.success(redirect, "actionplan.task.saved", task.title());
				return "redirect:/programmes/" + id + "/tasks/" + taskId;
			}
			catch (TaskRejectedException ex) {
				TaskForm.reject(ex, result);
			}
			catch (ConflictException | OptimisticLockingFailureException ex) {
				return conflict(user, id, taskId, model, response);
			}
		}
		return page(user, id, this.tasks.detail(user, id, taskId), model);
	}

	@PostMapping("/programmes/{id}/tasks/{taskId}/progress")
	String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String progress,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Integer percent = (progress == null || progress.isBlank()) ? null : Integer.valueOf(progress.strip());
			TaskView task = this.tasks.change(user, id, taskId,
					new TaskChange(version, status, percent, null, null, null));
			Flash.success(redirect, "actionplan.task.progressSaved", task.title());
		}
		catch (NumberFormatException ex) {
			Flash.error(redirect, "actionplan.task.error.progress");
		}
		catch (TaskRejectedException ex) {
			ex.fields()
				.values()
				.stream()
				.findFirst()
				.ifPresent((rejection) -> Flash.error(redirect, rejection.messageKey(), rejection.arguments()));
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			return conflict(user, id, taskId, model, response);
		}
		return "redirect:/programmes/" + id + "/tasks/" + taskId;
	}

	@PostMapping("/programmes/{id}/tasks/{taskId}/comments")
	String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
			@RequestParam(required = false) String body, RedirectAttributes redirect) {
		try {
			this.tasks.comment(user, id, taskId, body);
			Flash.success(redirect, "actionplan.comment.added");
		}
		catch (TaskRejectedException ex) {
			Flash.error(redirect, "actionplan.comment.error.required");
		}
		return "redirect:/programmes/" + id + "/tasks/" + taskId + "#comments";
	}

	@PostMapping("/programmes/{id}/tasks/{taskId}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long taskId,
			@RequestParam(required = false) Long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.tasks.delete(user, id, taskId, (version != null) ? version : -1);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			return conflict(user, id, taskId, model, response);
		}
		Flash.success(redirect, "actionplan.task.deleted");
		return "redirect:/programmes/" + id + "/tasks";
	}

	private String conflict(CurrentUser user, long id, long taskId, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("conflict", true);
		TaskDetail detail = this.tasks.detail(user, id, taskId);
		if (!model.containsAttribute("taskForm")) {
			model.addAttribute("taskForm", TaskForm.of(detail.task()));
		}
		return page(user, id, detail, model);
	}

	private String page(CurrentUser user, long id, TaskDetail detail, Model model) {
		this.pageModel.add(model, user, id);
		model.addAttribute("detail", detail);
		model.addAttribute("task", detail.task());
		return "actionplan/tasks/show";
	}

}
