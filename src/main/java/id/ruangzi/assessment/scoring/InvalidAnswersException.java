package id.ruangzi.assessment.scoring;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown instead of scoring a worksheet with invalid answers; nothing is scored. */
public class InvalidAnswersException extends IllegalArgumentException {

	private final transient List<AnswerError> errors;

	public InvalidAnswersException(List<AnswerError> errors) {
		super("Invalid answers: " + errors.stream().map(AnswerError::toString).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	/** Every problem found, one per item and reason. */
	public List<AnswerError> errors() {
		return this.errors;
	}

}
