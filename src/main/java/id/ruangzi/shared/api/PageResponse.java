package id.ruangzi.shared.api;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A page of an API list: a stable JSON shape, whatever Spring Data's Page serializes to.
 *
 * @param <T> the element type
 * @param content the elements of this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalElements how many elements all pages hold
 * @param totalPages how many pages there are
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <T> PageResponse<T> of(Page<T> page) {
		return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
