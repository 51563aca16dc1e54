package id.ruangzi.pokja.web;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.Person;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaInputException;
import id.ruangzi.pokja.PokjaView;
import id.ruangzi.pokja.web.TeamForms.DecreeForm;
import id.ruangzi.pokja.web.TeamForms.MemberForm;
import id.ruangzi.pokja.web.TeamForms.RenameForm;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.Flash;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Tim Kerja ZI of a programme: its SK, its six pokja and their members. Everyone who
 * may see the programme reads it; those who run the programme change it. A refused form
 * shows the page again with the problem beside its field; a stale one answers 409.
 */
@Controller
class TeamPagesController {

	private final PokjaApi pokja;

	TeamPagesController(PokjaApi pokja) {
		this.pokja = pokja;
	}

	@GetMapping("/programmes/{id}/pokja")
	String team(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("overview", this.pokja.overview(user, id));
		return "pokja/team";
	}

	@PostMapping("/programmes/{id}/pokja/decree")
	String decree(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("decreeForm") DecreeForm form, Model model, RedirectAttributes redirect) {
		if (!Dates.valid(form.decreeDate())) {
			return refused(user, id, model, new FormProblem("decree", "decreeDate", "pokja.decree.date.invalid"));
		}
		try {
			this.pokja.recordDecree(user, id, form.decreeNumber(), form.date(), version(form.version()));
		}
		catch (PokjaInputException ex) {
			return refused(user, id, model, new FormProblem("decree", ex.field(), ex.messageKey()));
		}
		Flash.success(redirect, "pokja.decree.saved");
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/pokja/{pokjaId}/name")
	String rename(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long pokjaId,
			@ModelAttribute("renameForm") RenameForm form, Model model, RedirectAttributes redirect) {
		PokjaView one = pokjaOf(id, pokjaId);
		try {
			this.pokja.rename(user, pokjaId, form.name(), version(form.version()));
		}
		catch (PokjaInputException ex) {
			return refused(user, id, model, new FormProblem("rename-" + pokjaId, ex.field(), ex.messageKey()));
		}
		Flash.success(redirect, "pokja.rename.saved", one.areaCode());
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/pokja/{pokjaId}/members")
	String seat(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long pokjaId,
			@ModelAttribute("memberForm") MemberForm form, Model model, RedirectAttributes redirect) {
		PokjaView one = pokjaOf(id, pokjaId);
		Person seated;
		try {
			seated = this.pokja.seat(user, pokjaId, form.username(), form.positionValue());
		}
		catch (PokjaInputException ex) {
			return refused(user, id, model, new FormProblem("member-" + pokjaId, ex.field(), ex.messageKey()));
		}
		Flash.success(redirect, "pokja.member.saved", seated.fullName(), one.name());
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/pokja/{pokjaId}/members/{userId}/delete")
	String unseat(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long pokjaId,
			@PathVariable long userId, RedirectAttributes redirect) {
		PokjaView one = pokjaOf(id, pokjaId);
		this.pokja.unseat(user, pokjaId, userId);
		Flash.success(redirect, "pokja.member.removed", one.name());
		return redirect(id);
	}

	private String refused(CurrentUser user, long id, Model model, FormProblem problem) {
		model.addAttribute("problem", problem);
		return team(user, id, model);
	}

	// The pokja must belong to the programme in the address; another programme's pokja is
	// not found here, whoever asks.
	private PokjaView pokjaOf(long programmeId, long pokjaId) {
		return this.pokja.pokja(pokjaId)
			.filter((one) -> one.programmeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("pokja " + pokjaId + " of programme " + programmeId));
	}

	// A form without its version cannot prove it saw the current data.
	static long version(Long version) {
		if (version == null) {
			throw new ConflictException("the form carries no version");
		}
		return version;
	}

	private static String redirect(long id) {
		return "redirect:/programmes/" + id + "/pokja";
	}

}
