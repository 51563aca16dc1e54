package id.ruangzi.assessment.web;

import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.ProgrammeRefusedException;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.Flash;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programmes a person may see, opening a new one, and a programme's overview: every
 * area's score and the gates of its target predicate.
 */
@Controller
class ProgrammePagesController {

	private final AssessmentApi assessment;

	ProgrammePagesController(AssessmentApi assessment) {
		this.assessment = assessment;
	}

	@GetMapping("/programmes")
	String programmes(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("openForm", OpenProgrammeForm.empty(null));
		return list(user, model);
	}

	@PostMapping("/programmes")
	String open(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("openForm") OpenProgrammeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(user, model);
		}
		try {
			ProgrammeView programme = this.assessment.open(user, form.unitCode(), form.yearValue(), form.targetValue(),
					form.deadlineValue());
			Flash.success(redirect, "assessment.open.done", programme.unitName(), programme.year());
			return "redirect:/programmes/" + programme.id();
		}
		catch (DateTimeParseException ex) {
			result.rejectValue("deadline", "assessment.open.deadline.invalid");
		}
		catch (ProgrammeRefusedException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), new Object[] { form.unitCode(), form.year() }, null);
		}
		catch (InvalidInputException ex) {
			result.reject("assessment.open.invalid", new Object[] { ex.getMessage() }, null);
		}
		return list(user, model);
	}

	@GetMapping("/programmes/{id}")
	String programme(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		AssessmentSheet sheet = this.assessment.sheet(user, id);
		model.addAttribute("sheet", sheet);
		model.addAttribute("programme", sheet.programme());
		model.addAttribute("sections", SheetView.sections(sheet));
		model.addAttribute("totals", Totals.of(sheet.score()));
		model.addAttribute("readiness", sheet.score().readiness(sheet.programme().target()));
		model.addAttribute("gaps", this.assessment.gaps(user, id));
		return "assessment/programmes/show";
	}

	private String list(CurrentUser user, Model model) {
		model.addAttribute("programmes", this.assessment.programmes(user, null, null));
		model.addAttribute("manageableUnits", this.assessment.manageableUnits(user));
		return "assessment/programmes/list";
	}

}
