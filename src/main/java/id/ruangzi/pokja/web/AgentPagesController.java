package id.ruangzi.pokja.web;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.pokja.ChangeAgentApi;
import id.ruangzi.pokja.PokjaInputException;
import id.ruangzi.pokja.web.AgentForms.AppointForm;
import id.ruangzi.pokja.web.AgentForms.ChangeForm;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The change agents (agen perubahan) of a programme, the changes they made, and the
 * values they suggest for LKE items PRA1A and PRA1B. A refused form shows the page again
 * with the problem beside its field; a stale one answers 409.
 */
@Controller
class AgentPagesController {

	private final ChangeAgentApi agents;

	AgentPagesController(ChangeAgentApi agents) {
		this.agents = agents;
	}

	@GetMapping("/programmes/{id}/agents")
	String agents(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("page", this.agents.page(user, id));
		return "pokja/agents";
	}

	@PostMapping("/programmes/{id}/agents")
	String appoint(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("appointForm") AppointForm form, Model model, RedirectAttributes redirect) {
		if (!Dates.valid(form.decreeDate())) {
			return refused(user, id, model,
					new FormProblem("appoint", "decreeDate", "pokja.agents.decreeDate.invalid"));
		}
		try {
			this.agents.appoint(user, id, form.username(), form.decreeNumber(), form.date());
		}
		catch (PokjaInputException ex) {
			return refused(user, id, model, new FormProblem("appoint", ex.field(), ex.messageKey()));
		}
		Flash.success(redirect, "pokja.agents.appointed", form.username());
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/agents/{agentId}/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long agentId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.agents.end(user, id, agentId, TeamPagesController.version(version));
		Flash.success(redirect, "pokja.agents.ended");
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/agents/{agentId}/delete")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long agentId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.agents.remove(user, id, agentId, TeamPagesController.version(version));
		Flash.success(redirect, "pokja.agents.removed");
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/agents/{agentId}/changes")
	String addChange(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long agentId,
			@ModelAttribute("changeForm") ChangeForm form, Model model, RedirectAttributes redirect) {
		String formName = "new-change-" + agentId;
		if (!Dates.valid(form.changedOn())) {
			return refused(user, id, model, new FormProblem(formName, "changedOn", "pokja.change.date.invalid"));
		}
		try {
			this.agents.addChange(user, id, agentId, form.title(), form.date(), form.integratedValue());
		}
		catch (PokjaInputException ex) {
			return refused(user, id, model, new FormProblem(formName, ex.field(), ex.messageKey()));
		}
		Flash.success(redirect, "pokja.change.added");
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/changes/{changeId}")
	String editChange(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long changeId,
			@ModelAttribute("changeForm") ChangeForm form, Model model, RedirectAttributes redirect) {
		String formName = "change-" + changeId;
		if (!Dates.valid(form.changedOn())) {
			return refused(user, id, model, new FormProblem(formName, "changedOn", "pokja.change.date.invalid"));
		}
		try {
			this.agents.editChange(user, id, changeId, form.title(), form.date(), form.integratedValue(),
					TeamPagesController.version(form.version()));
		}
		catch (PokjaInputException ex) {
			return refused(user, id, model, new FormProblem(formName, ex.field(), ex.messageKey()));
		}
		Flash.success(redirect, "pokja.change.saved");
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/changes/{changeId}/delete")
	String deleteChange(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long changeId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		this.agents.deleteChange(user, id, changeId, TeamPagesController.version(version));
		Flash.success(redirect, "pokja.change.deleted");
		return redirect(id);
	}

	// A refusal for lack of rights (403) is the error page; a programme that no longer
	// accepts answers is a message on this page, since nothing is wrong with the request.
	@PostMapping("/programmes/{id}/agents/suggestions/{itemCode}")
	String apply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String itemCode,
			RedirectAttributes redirect) {
		try {
			this.agents.applySuggestion(user, id, itemCode);
			Flash.success(redirect, "pokja.suggestion.applied", itemCode);
		}
		catch (ConflictException ex) {
			Flash.error(redirect, "pokja.suggestion.closed", itemCode);
		}
		return redirect(id);
	}

	private String refused(CurrentUser user, long id, Model model, FormProblem problem) {
		model.addAttribute("problem", problem);
		return agents(user, id, model);
	}

	private static String redirect(long id) {
		return "redirect:/programmes/" + id + "/agents";
	}

}
