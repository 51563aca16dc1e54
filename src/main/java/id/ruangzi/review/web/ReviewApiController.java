package id.ruangzi.review.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.review.ReviewApi;
import id.ruangzi.review.RoundView;
import id.ruangzi.review.Verdict;
import id.ruangzi.review.VerdictView;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Submission and review over the JSON API, with the same rights as the pages.
 */
@RestController
@RequestMapping("/api/v1/programmes/{id}")
class ReviewApiController {

	private final ReviewApi review;

	ReviewApiController(ReviewApi review) {
		this.review = review;
	}

	@PostMapping("/submit")
	RoundView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.review.submit(user, id);
	}

	@PostMapping("/reviews/items/{itemCode}")
	VerdictView verdict(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String itemCode,
			@RequestBody VerdictRequest request) {
		return this.review.verdict(user, id, itemCode, verdict(request.verdict()), request.reviewerAnswer(itemCode),
				request.note(), request.version());
	}

	@PostMapping("/reviews/return")
	RoundView returnForRevision(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.review.returnForRevision(user, id);
	}

	@PostMapping("/reviews/complete")
	RoundView complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.review.complete(user, id);
	}

	static Verdict verdict(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Verdict.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("verdict must be DITERIMA or PERLU_REVISI, was " + value);
		}
	}

	/**
	 * A verdict, a note, and at most one of {@code option}, {@code inputs}, {@code index}
	 * as the reviewer's own answer; {@code version} when changing an earlier verdict.
	 */
	record VerdictRequest(String verdict, String note, String option, Map<String, BigDecimal> inputs, BigDecimal index,
			Long version) {

		Answer reviewerAnswer(String itemCode) {
			int given = ((this.option != null) ? 1 : 0) + ((this.inputs != null) ? 1 : 0)
					+ ((this.index != null) ? 1 : 0);
			if (given > 1) {
				throw new InvalidInputException(itemCode + ": give at most one of option, inputs or index");
			}
			if (this.option != null) {
				return Answer.option(this.option);
			}
			if (this.inputs != null) {
				return Answer.inputs(this.inputs);
			}
			return (this.index != null) ? Answer.index(this.index) : null;
		}

	}

}
