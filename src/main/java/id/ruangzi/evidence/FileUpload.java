package id.ruangzi.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * An uploaded file as the facade sees it: a name for display and a way to stream the
 * bytes, so they are never held in memory.
 *
 * @param name the name the client gave, for display only
 * @param content opens the bytes
 */
public record FileUpload(String name, Content content) {

	/** Opens the uploaded bytes. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

}
