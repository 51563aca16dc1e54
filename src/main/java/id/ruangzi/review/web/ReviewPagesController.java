package id.ruangzi.review.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.review.ReviewApi;
import id.ruangzi.review.RoundView;
import id.ruangzi.shared.web.InvalidInputException;
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

	@PostMapping("/programmes/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		RoundView round = this.review.submit(user, id);
		Flash.success(redirect, "review.submitted", round.number());
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
		this.review.returnForRevision(user, id);
		Flash.success(redirect, "review.returned");
		return redirect(id);
	}

	@PostMapping("/programmes/{id}/review/complete")
	String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.review.complete(user, id);
		Flash.success(redirect, "review.completed");
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

	/**
	 * A verdict from the review page: the reviewer's own answer is an option, a survey
	 * index, or the inputs of a NUMERIC item ({@code input.<key>}), all optional.
	 */
	record VerdictForm(String verdict, String note, String option, String index, Map<String, String> inputs,
			Long version) {

		static final String INPUT_PREFIX = "input.";

		static VerdictForm of(Map<String, String> parameters) {
			Map<String, String> inputs = new LinkedHashMap<>();
			parameters.forEach((name, value) -> {
				if (name.startsWith(INPUT_PREFIX) && !value.isBlank()) {
					inputs.put(name.substring(INPUT_PREFIX.length()), value.strip());
				}
			});
			String version = parameters.get("version");
			try {
				return new VerdictForm(parameters.get("verdict"), parameters.get("note"), parameters.get("option"),
						parameters.get("index"), inputs,
						(version == null || version.isBlank()) ? null : Long.valueOf(version.strip()));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("version is not a number");
			}
		}

		Answer answer(String itemCode) {
			boolean hasOption = this.option != null && !this.option.isBlank();
			boolean hasIndex = this.index != null && !this.index.isBlank();
			boolean hasInputs = !this.inputs.isEmpty();
			if ((hasOption ? 1 : 0) + (hasIndex ? 1 : 0) + (hasInputs ? 1 : 0) > 1) {
				throw new InvalidInputException(itemCode + ": give an option, an index or inputs, not several");
			}
			try {
				if (hasOption) {
					return Answer.option(this.option);
				}
				if (hasIndex) {
					return Answer.index(number(this.index));
				}
				if (hasInputs) {
					Map<String, BigDecimal> values = new LinkedHashMap<>();
					this.inputs.forEach((key, text) -> values.put(key, number(text)));
					return Answer.inputs(values);
				}
				return null;
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException(itemCode + ": the reviewer's answer is not a number");
			}
		}

		private static BigDecimal number(String text) {
			return new BigDecimal(text.strip().replace(',', '.'));
		}

	}

	record CommentForm(String body) {
	}

}
