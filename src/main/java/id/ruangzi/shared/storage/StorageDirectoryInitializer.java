package id.ruangzi.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the file store directory at start, so a missing or unwritable directory fails
 * the start with a clear message instead of the first upload.
 */
@Component
class StorageDirectoryInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(StorageDirectoryInitializer.class);

	private final StorageProperties properties;

	StorageDirectoryInitializer(StorageProperties properties) {
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		Path dir = Path.of(this.properties.dir()).toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot create the file store directory " + dir + " (setting ruangzi.storage.dir)", ex);
		}
		if (!Files.isWritable(dir)) {
			throw new IllegalStateException(
					"The file store directory " + dir + " is not writable (setting ruangzi.storage.dir)");
		}
		log.info("File store directory: {}", dir);
	}

}
