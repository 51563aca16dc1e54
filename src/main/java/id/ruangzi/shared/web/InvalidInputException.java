package id.ruangzi.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Invalid input; the message is shown to API clients as the problem's detail, so it must
 * say what is wrong and where. A page that does not catch it answers with the 400 error
 * page rather than a 500.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

}
