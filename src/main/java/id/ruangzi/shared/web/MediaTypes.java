package id.ruangzi.shared.web;

import org.springframework.http.MediaType;

/**
 * Media types of the files the application writes, which Spring does not name.
 */
public final class MediaTypes {

	/** An Excel workbook (.xlsx). */
	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private MediaTypes() {
	}

}
