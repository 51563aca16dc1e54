package id.ruangzi.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the servlet container keeps the parts of an upload while the request runs: in
 * {@code incoming} under the file store directory, emptied at start. By default they go
 * to a new directory under {@code java.io.tmpdir} at every start, so the parts of uploads
 * cut off by a crash ({@code kill -9}) were never removed.
 */
@Configuration(proxyBeanMethods = false)
class IncomingUploads {

	private static final Logger log = LoggerFactory.getLogger(IncomingUploads.class);

	@Bean
	MultipartConfigElement multipartConfigElement(MultipartProperties multipart, StorageProperties storage) {
		Path incoming = prepare(Path.of(storage.dir()).toAbsolutePath().normalize().resolve("incoming"));
		MultipartConfigElement configured = multipart.createMultipartConfig();
		return new MultipartConfigElement(incoming.toString(), configured.getMaxFileSize(),
				configured.getMaxRequestSize(), configured.getFileSizeThreshold());
	}

	/**
	 * @param incoming the directory for parts in progress
	 * @return it, created and emptied of what an earlier run left
	 */
	static Path prepare(Path incoming) {
		int removed = 0;
		try {
			Files.createDirectories(incoming);
			try (DirectoryStream<Path> left = Files.newDirectoryStream(incoming, Files::isRegularFile)) {
				for (Path part : left) {
					Files.delete(part);
					removed++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the upload directory " + incoming, ex);
		}
		if (removed > 0) {
			log.info("Removed {} part(s) of unfinished uploads from {}", removed, incoming);
		}
		return incoming;
	}

}
