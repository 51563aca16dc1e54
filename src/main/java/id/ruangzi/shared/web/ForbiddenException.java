package id.ruangzi.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The user may see the record but not do this to it (a member editing a unit, say): 403.
 * Records outside the user's scope are {@link NotFoundException}s instead.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String what) {
		super(what);
	}

}
