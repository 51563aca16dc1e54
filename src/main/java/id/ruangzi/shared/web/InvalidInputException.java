package id.ruangzi.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Invalid input to the JSON API; the message is shown to the client as the problem's
 * detail, so it must say what is wrong and where.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

}
