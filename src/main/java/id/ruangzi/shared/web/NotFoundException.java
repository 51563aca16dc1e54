package id.ruangzi.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or that the current user may not see: both answer 404 so
 * that the existence of another unit's data is never revealed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
