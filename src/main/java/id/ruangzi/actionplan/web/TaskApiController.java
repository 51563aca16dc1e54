package id.ruangzi.actionplan.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import id.ruangzi.actionplan.TaskChange;
import id.ruangzi.actionplan.TaskDraft;
import id.ruangzi.actionplan.TaskService;
import id.ruangzi.actionplan.TaskView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.api.PageRequests;
import id.ruangzi.shared.api.PageResponse;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasks over the JSON API, with the same permissions as the pages. A task's version is
 * its {@code ETag}; a PATCH must send it back in {@code If-Match} (or as
 * {@code "version"} in the body), and an older one answers 409.
 */
@RestController
class TaskApiController {

	private final TaskService tasks;

	TaskApiController(TaskService tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/api/v1/programmes/{id}/tasks")
	PageResponse<TaskJson> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute TaskFilterForm filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageResponse
			.of(this.tasks.list(user, id, filter.toFilter(), PageRequests.of(page, size, Sort.unsorted()))
				.map(TaskJson::of));
	}

	@PostMapping("/api/v1/programmes/{id}/tasks")
	ResponseEntity<TaskJson> create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody TaskRequest request) {
		TaskView task = this.tasks.create(user, id, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id()))
			.eTag(etag(task))
			.body(TaskJson.of(task));
	}

	@GetMapping("/api/v1/tasks/{id}")
	ResponseEntity<TaskJson> task(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		TaskView task = this.tasks.task(user, id);
		return ResponseEntity.ok().eTag(etag(task)).body(TaskJson.of(task));
	}

	@PatchMapping("/api/v1/tasks/{id}")
	ResponseEntity<TaskJson> change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody PatchRequest request) {
		Long version = (request.version() != null) ? request.version() : version(ifMatch);
		TaskView task = this.tasks.change(user, null, id, new TaskChange(version, request.status(), request.progress(),
				request.picUsername(), request.startDate(), request.dueDate()));
		return ResponseEntity.ok().eTag(etag(task)).body(TaskJson.of(task));
	}

	@GetMapping("/api/v1/me/tasks")
	List<TaskJson> mine(@AuthenticationPrincipal CurrentUser user) {
		return this.tasks.mine(user).tasks().stream().map(TaskJson::of).toList();
	}

	private static String etag(TaskView task) {
		return "\"" + task.version() + "\"";
	}

	private static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("If-Match must be the task's ETag, was " + ifMatch);
		}
	}

	/**
	 * A new task; only the title is required.
	 */
	record TaskRequest(String title, String description, String areaCode, Long pokjaId, List<String> itemCodes,
			String picUsername, LocalDate startDate, LocalDate dueDate, String status, String priority,
			String expectedOutput, Integer progress) {

		TaskDraft toDraft() {
			return new TaskDraft(this.title, this.description, this.areaCode, this.pokjaId, this.itemCodes,
					this.picUsername, this.startDate, this.dueDate, this.status, this.priority, this.expectedOutput,
					this.progress);
		}

	}

	/**
	 * A partial change: absent fields stay as they are; {@code "picUsername": ""} removes
	 * the person in charge.
	 */
	record PatchRequest(Long version, String status, Integer progress, String picUsername, LocalDate startDate,
			LocalDate dueDate) {

	}

}
