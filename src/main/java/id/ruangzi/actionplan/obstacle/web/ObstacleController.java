package id.ruangzi.actionplan.obstacle.web;

import java.util.Arrays;

import jakarta.validation.Valid;

import id.ruangzi.actionplan.ActivityRefusedException;
import id.ruangzi.actionplan.ObstacleApi;
import id.ruangzi.actionplan.ObstacleChoices;
import id.ruangzi.actionplan.ObstacleStatus;
import id.ruangzi.shared.web.Flash;
import id.ruangzi.identity.CurrentUser;

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
 * A programme's obstacles: the list with filters by status and area, and the form to
 * record or change one. {@link ObstacleApi} decides who may do what.
 */
@Controller
@RequestMapping("/programmes/{id}/obstacles")
class ObstacleController {

	private static final String FORM = "activity/obstacles/form";

	private final ObstacleApi obstacles;

	ObstacleController(ObstacleApi obstacles) {
		this.obstacles = obstacles;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String status, @RequestParam(required = false) String area,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ObstacleStatus wanted = Arrays.stream(ObstacleStatus.values())
			.filter((one) -> one.name().equals(status))
			.findFirst()
			.orElse(null);
		model.addAttribute("page", this.obstacles.obstacles(user, id, wanted, area, page));
		model.addAttribute("status", (wanted != null) ? wanted.name() : "");
		model.addAttribute("area", (area != null && area.matches("[A-F]")) ? area : "");
		model.addAttribute("statuses", ObstacleStatus.values());
		return "activity/obstacles/list";
	}

	@GetMapping("/new")
	String newObstacle(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("obstacleForm", ObstacleForm.blank());
		return form(this.obstacles.choices(user, id), null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("obstacleForm") ObstacleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ObstacleChoices choices = this.obstacles.choices(user, id);
		if (!result.hasErrors()) {
			try {
				this.obstacles.create(user, id, form.toDraft());
				Flash.success(redirect, "activity.obstacle.saved");
				return "redirect:/programmes/" + id + "/obstacles";
			}
			catch (ActivityRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(choices, null, model);
	}

	@GetMapping("/{obstacleId}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long obstacleId,
			Model model) {
		model.addAttribute("obstacleForm", ObstacleForm.of(this.obstacles.editable(user, id, obstacleId)));
		return form(this.obstacles.choices(user, id, obstacleId), obstacleId, model);
	}

	@PostMapping("/{obstacleId}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long obstacleId,
			@Valid @ModelAttribute("obstacleForm") ObstacleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ObstacleChoices choices = this.obstacles.choices(user, id, obstacleId);
		if (!result.hasErrors()) {
			try {
				this.obstacles.update(user, id, obstacleId, form.toDraft(), form.versionValue());
				Flash.success(redirect, "activity.obstacle.saved");
				return "redirect:/programmes/" + id + "/obstacles";
			}
			catch (ActivityRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		return form(choices, obstacleId, model);
	}

	private static String form(ObstacleChoices choices, Long obstacleId, Model model) {
		model.addAttribute("choices", choices);
		model.addAttribute("programme", choices.programme());
		model.addAttribute("obstacleId", obstacleId);
		return FORM;
	}

}
