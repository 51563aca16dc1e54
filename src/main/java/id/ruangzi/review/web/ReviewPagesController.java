package id.ruangzi.review.web;

import java.util.Map;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.review.ReviewApi;
import id.ruangzi.review.RoundView;
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
 * The review pages: the supervisors' queue, one programme's review (verdicts for the
 * supervisor, revisions and threads for the unit, calibration for both), and what changed
 * in a round.
 */
@Controller
class ReviewPagesController {

	private final ReviewApi review;

	ReviewPagesController(ReviewApi review) {
		this.review = review;
	}

	@GetMapping("/reviews")
	String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("queue", this.review.queue(user));
		return "review/queue";
	}

	@GetMapping("/programmes/{id}/review")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("page", this.review.page(user, id));
		return "review/programme";
	}

	@GetMapping("/programmes/{id}/review/rounds/{number}")
	String round(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			Model model) {
		model.addAttribute("page", this.review.page(user, id));
		model.addAttribute("number", number);
		model.addAttribute("changes", this.review.changes(user, id, number));
		return "review/round";
	}

	// Submitting, returning or completing at the wrong stage (someone else already did)
	// is a message on the review page, which then shows the current stage; rights are
	// still checked first (403, 404).
	@PostMapping("/programmes/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			RoundView round = this.review.submit(user, id);
			Flash.success(redirect, "review.submitted", round.number());
		}
		catch (ConflictException ex) {
			Flash.error(redirect, "review.stage.conflict");
		}
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/review/items/{itemCode}")
	String verdict(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String itemCode,
			@RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
		VerdictForm form = VerdictForm.of(parameters);
		this.review.verdict(user, id, itemCode, ReviewApiController.verdict(form.verdict()), form.answer(itemCode),
				form.note(), form.version());
		Flash.success(redirect, "review.verdict.saved", itemCode);
		return "redirect:/programmes/" + id + "/review#item-" + itemCode;
	}

	@PostMapping("/programmes/{id}/review/return")
	String returnForRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			this.review.returnForRevision(user, id);
			Flash.success(redirect, "review.returned");
		}
		catch (ConflictException ex) {
			Flash.error(redirect, "review.stage.conflict");
		}
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/review/complete")
	String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.review.complete(user, id);
			Flash.success(redirect, "review.completed");
		}
		catch (ConflictException ex) {
			Flash.error(redirect, "review.stage.conflict");
		}
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/review/items/{itemCode}/comments")
	String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String itemCode,
			@ModelAttribute CommentForm form, RedirectAttributes redirect) {
		this.review.comment(user, id, itemCode, form.body());
		Flash.success(redirect, "review.comment.added");
		return "redirect:/programmes/" + id + "/review#thread-" + itemCode;
	}

	private static String redirect(long id) {
		return "redirect:/programmes/" + id + "/review";
	}

	record CommentForm(String body) {
	}

}
