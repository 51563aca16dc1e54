package id.ruangzi.actionplan.web;

import java.util.Locale;

import id.ruangzi.actionplan.TaskFilter;
import id.ruangzi.actionplan.TaskSort;
import id.ruangzi.actionplan.TaskStatus;
import id.ruangzi.shared.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The task list's GET form: filters, order and page, kept in the URL so a filtered list
 * can be bookmarked, paged and exported alike.
 */
record TaskFilterForm(String area, Long pokja, String pic, String status, Boolean overdue, String sort, Integer page) {

	TaskFilter toFilter() {
		return TaskFilter.of(areaCode(), this.pokja, this.pic, statusValue(), Boolean.TRUE.equals(this.overdue),
				sortValue());
	}

	int pageNumber() {
		return (this.page != null && this.page > 0) ? this.page : 0;
	}

	/**
	 * @param path the list or export path
	 * @param page the page, or null for none
	 * @return the path with this form's parameters
	 */
	String link(String path, Integer page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		add(uri, "area", this.area);
		add(uri, "pokja", this.pokja);
		add(uri, "pic", this.pic);
		add(uri, "status", this.status);
		add(uri, "overdue", Boolean.TRUE.equals(this.overdue) ? "true" : null);
		add(uri, "sort", this.sort);
		add(uri, "page", (page != null && page > 0) ? page : null);
		return uri.encode().build().toUriString();
	}

	private String areaCode() {
		if (this.area == null || this.area.isBlank()) {
			return null;
		}
		String code = this.area.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-F]")) {
			throw new BadFilter("area must be A to F, was " + this.area);
		}
		return code;
	}

	private TaskStatus statusValue() {
		return (this.status == null || this.status.isBlank()) ? null : value(TaskStatus.class, this.status, "status");
	}

	private TaskSort sortValue() {
		return (this.sort == null || this.sort.isBlank()) ? TaskSort.DUE : value(TaskSort.class, this.sort, "sort");
	}

	private static <E extends Enum<E>> E value(Class<E> type, String text, String name) {
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadFilter(name + " is not one of the choices: " + text);
		}
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value);
		}
	}

	/** A filter value no form offers: a hand-made URL, answered with 400. */
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	static class BadFilter extends InvalidInputException {

		BadFilter(String message) {
			super(message);
		}

	}

}
