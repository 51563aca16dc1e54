package id.ruangzi.actionplan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A task draft or change with invalid fields. Pages show each field's message key next to
 * the field; the API answers 400 with a detail naming every field.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class TaskRejectedException extends InvalidInputException {

	private final Map<String, Rejection> fields;

	public TaskRejectedException(Map<String, Rejection> fields) {
		super(fields.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": " + entry.getValue().reason())
			.collect(Collectors.joining("; ")));
		this.fields = new LinkedHashMap<>(fields);
	}

	/** The rejected fields with their message key and arguments, in form order. */
	public Map<String, Rejection> fields() {
		return Map.copyOf(this.fields);
	}

	/**
	 * Why one field was refused.
	 *
	 * @param messageKey the key shown on pages
	 * @param reason the English reason the API shows
	 * @param arguments the message arguments
	 */
	public record Rejection(String messageKey, String reason, Object... arguments) {

	}

}
