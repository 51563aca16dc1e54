package id.ruangzi.shared.api;

import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Paging parameters of the JSON API, checked: a page is 0 or more, a size 1 to 500.
 */
public final class PageRequests {

	public static final int MAX_SIZE = 500;

	private PageRequests() {
	}

	public static PageRequest of(int page, int size, Sort sort) {
		if (page < 0) {
			throw new InvalidInputException("page must be 0 or more, was " + page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size must be between 1 and " + MAX_SIZE + ", was " + size);
		}
		return PageRequest.of(page, size, sort);
	}

}
