package id.ruangzi.shared.storage;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class IncomingUploadsTests {

	@Test
	void uploadPartsGoUnderTheFileStoreAndWhatACrashLeftIsRemovedAtStart(@TempDir Path store) throws Exception {
		Path incoming = store.resolve("incoming");
		Files.createDirectories(incoming);
		Files.writeString(incoming.resolve("upload_1234.tmp"), "part of an upload cut off by kill -9");
		MultipartProperties multipart = new MultipartProperties();
		multipart.setMaxFileSize(DataSize.ofMegabytes(50));

		MultipartConfigElement config = new IncomingUploads().multipartConfigElement(multipart,
				new StorageProperties(store.toString()));

		assertThat(config.getLocation()).isEqualTo(incoming.toString());
		assertThat(config.getMaxFileSize()).isEqualTo(DataSize.ofMegabytes(50).toBytes());
		try (var left = Files.list(incoming)) {
			assertThat(left).isEmpty();
		}
	}

}
