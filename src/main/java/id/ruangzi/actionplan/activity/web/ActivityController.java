package id.ruangzi.actionplan.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;

import id.ruangzi.actionplan.ActivityApi;
import id.ruangzi.actionplan.ActivityChoices;
import id.ruangzi.actionplan.ActivityDetail;
import id.ruangzi.actionplan.ActivityRefusedException;
import id.ruangzi.actionplan.TaskRejectedException;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's activities: the list, one activity with its minutes and follow-ups, and
 * the form to record or change one. {@link ActivityApi} decides who may do what.
 */
@Controller
@RequestMapping("/programmes/{id}/activities")
class ActivityController {

	private static final String FORM = "activity/form";

	private final ActivityApi activities;

	private final Clock clock;

	ActivityController(ActivityApi activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.activities.activities(user, id, page));
		return "activity/list";
	}

	@GetMapping("/new")
	String newActivity(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		ActivityChoices choices = this.activities.choices(user, id);
		model.addAttribute("activityForm", ActivityForm.blank(choices.kinds().get(0), LocalDate.now(this.clock)));
		return form(choices, null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ActivityChoices choices = this.activities.choices(user, id);
		if (!result.hasErrors()) {
			try {
				long activityId = this.activities.create(user, id, form.toDraft());
				Flash.success(redirect, "activity.saved", form.title().strip());
				return "redirect:/programmes/" + id + "/activities/" + activityId;
			}
			catch (DateTimeParseException ex) {
				result.rejectValue("date", "activity.date.invalid");
			}
			catch (ActivityRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(choices, null, model);
	}

	@GetMapping("/{activityId}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long activityId,
			Model model) {
		ActivityDetail detail = this.activities.activity(user, id, activityId);
		model.addAttribute("detail", detail);
		model.addAttribute("activity", detail.activity());
		model.addAttribute("programmeId", id);
		return "activity/show";
	}

	@GetMapping("/{activityId}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long activityId,
			Model model) {
		ActivityChoices choices = this.activities.choices(user, id, activityId);
		model.addAttribute("activityForm", ActivityForm.of(this.activities.activity(user, id, activityId)));
		return form(choices, activityId, model);
	}

	@PostMapping("/{activityId}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long activityId,
			@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ActivityChoices choices = this.activities.choices(user, id, activityId);
		if (!result.hasErrors()) {
			try {
				this.activities.update(user, id, activityId, form.toDraft(), form.versionValue());
				Flash.success(redirect, "activity.saved", form.title().strip());
				return "redirect:/programmes/" + id + "/activities/" + activityId;
			}
			catch (DateTimeParseException ex) {
				result.rejectValue("date", "activity.date.invalid");
			}
			catch (ActivityRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(choices, activityId, model);
	}

	@PostMapping("/{activityId}/follow-ups/{followUpId}/task")
	String makeTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long activityId,
			@PathVariable long followUpId, RedirectAttributes redirect) {
		try {
			this.activities.makeTask(user, id, activityId, followUpId);
			Flash.success(redirect, "activity.followUp.tasked");
		}
		catch (TaskRejectedException ex) {
			Flash.error(redirect, "activity.followUp.taskRefused");
		}
		return "redirect:/programmes/" + id + "/activities/" + activityId + "#follow-up-" + followUpId;
	}

	private static String form(ActivityChoices choices, Long activityId, Model model) {
		model.addAttribute("choices", choices);
		model.addAttribute("programme", choices.programme());
		model.addAttribute("activityId", activityId);
		return FORM;
	}

}
