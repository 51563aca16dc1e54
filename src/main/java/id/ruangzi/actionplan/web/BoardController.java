package id.ruangzi.actionplan.web;

import jakarta.servlet.http.HttpServletResponse;

import id.ruangzi.actionplan.TaskChange;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A pokja's board: one column per status. Moving a card is a small form (status and the
 * version the user saw) that works without JavaScript; with htmx the board is swapped in
 * place, and {@code board.js} adds drag and drop that submits the same form. A stale move
 * answers 409 with the current board and a message to reload.
 */
@Controller
class BoardController {

	private final TaskService tasks;

	private final TaskPageModel pageModel;

	BoardController(TaskService tasks, TaskPageModel pageModel) {
		this.tasks = tasks;
		this.pageModel = pageModel;
	}

	@GetMapping("/programmes/{id}/pokja/{pokjaId}/board")
	String board(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long pokjaId,
			Model model) {
		model.addAttribute("board", this.tasks.board(user, id, pokjaId));
		this.pageModel.add(model, user, id);
		return "actionplan/board/show";
	}

	@PostMapping("/programmes/{id}/pokja/{pokjaId}/board/tasks/{taskId}")
	String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long pokjaId,
			@PathVariable long taskId, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		// The board must exist for this user before anything moves on it.
		this.tasks.board(user, id, pokjaId);
		String messageKey;
		Object[] arguments;
		boolean failed = false;
		try {
			TaskView task = this.tasks.change(user, id, taskId,
					new TaskChange(version, status, null, null, null, null));
			messageKey = "actionplan.board.moved";
			arguments = new Object[] { task.title() };
		}
		catch (TaskRejectedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			TaskRejectedException.Rejection rejection = ex.fields().values().iterator().next();
			messageKey = rejection.messageKey();
			arguments = rejection.arguments();
			failed = true;
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			messageKey = "actionplan.task.conflict";
			arguments = new Object[0];
			failed = true;
		}
		if (htmx == null && !failed) {
			Flash.success(redirect, messageKey, arguments);
			return "redirect:/programmes/" + id + "/pokja/" + pokjaId + "/board";
		}
		model.addAttribute(failed ? "boardError" : "boardSuccess", messageKey);
		model.addAttribute("boardArgs", arguments);
		model.addAttribute("board", this.tasks.board(user, id, pokjaId));
		this.pageModel.add(model, user, id);
		return (htmx != null) ? "actionplan/board/show :: board" : "actionplan/board/show";
	}

}
