package id.ruangzi.assessment.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import id.ruangzi.assessment.AnswerService;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Answer;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programmes, answers and scores over the JSON API, with the same permissions as the
 * pages.
 */
@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeApiController {

	private final AssessmentApi assessment;

	private final AnswerService answers;

	ProgrammeApiController(AssessmentApi assessment, AnswerService answers) {
		this.assessment = assessment;
		this.answers = answers;
	}

	@PostMapping
	ResponseEntity<ProgrammeView> open(@AuthenticationPrincipal CurrentUser user, @RequestBody OpenRequest request) {
		if (request.unitCode() == null || request.year() == null || request.target() == null) {
			throw new InvalidInputException("unitCode, year and target (WBK or WBBM) are required");
		}
		ProgrammeView programme = this.assessment.open(user, request.unitCode(), request.year(),
				target(request.target()), null);
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + programme.id())).body(programme);
	}

	@GetMapping
	List<ProgrammeView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) Integer year) {
		return this.assessment.programmes(user, unitCode, year);
	}

	@GetMapping("/{id}")
	ProgrammeView programme(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.assessment.programme(user, id);
	}

	@PutMapping("/{id}/answers/{itemCode}")
	ScoreJson answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String itemCode,
			@RequestBody AnswerRequest request) {
		return ScoreJson.of(this.answers.answer(user, id, itemCode, request.toAnswer(itemCode)));
	}

	@DeleteMapping("/{id}/answers/{itemCode}")
	ScoreJson clear(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String itemCode) {
		return ScoreJson.of(this.answers.clear(user, id, itemCode));
	}

	@GetMapping("/{id}/score")
	ScoreJson score(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return ScoreJson.of(this.assessment.score(user, id));
	}

	@GetMapping("/{id}/gaps")
	GapsJson gaps(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return GapsJson.of(this.assessment.gaps(user, id));
	}

	private static Predicate target(String target) {
		try {
			Predicate predicate = Predicate.valueOf(target.trim().toUpperCase(java.util.Locale.ROOT));
			if (predicate != Predicate.NONE) {
				return predicate;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidInputException("target must be WBK or WBBM, was " + target);
	}

	record OpenRequest(String unitCode, Integer year, String target) {
	}

	/**
	 * Exactly one of: {@code option} ("A".."E", "YA", "TIDAK"), {@code inputs} (NUMERIC
	 * items), {@code index} (survey indexes, 1.00 to 4.00).
	 */
	record AnswerRequest(String option, Map<String, BigDecimal> inputs, BigDecimal index) {

		Answer toAnswer(String itemCode) {
			int given = ((this.option != null) ? 1 : 0) + ((this.inputs != null) ? 1 : 0)
					+ ((this.index != null) ? 1 : 0);
			if (given != 1) {
				throw new InvalidInputException(itemCode + ": give exactly one of option, inputs or index");
			}
			if (this.option != null) {
				return Answer.option(this.option);
			}
			return (this.inputs != null) ? Answer.inputs(this.inputs) : Answer.index(this.index);
		}

	}

}
