package id.ruangzi.shared.api;

/**
 * Invalid input to the JSON API; the message is shown to the client as the problem's
 * detail, so it must say what is wrong and where.
 */
public class ApiBadRequestException extends RuntimeException {

	public ApiBadRequestException(String message) {
		super(message);
	}

}
