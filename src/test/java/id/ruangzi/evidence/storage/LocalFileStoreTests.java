package id.ruangzi.evidence.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import id.ruangzi.shared.storage.StorageProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalFileStoreTests {

	@TempDir
	Path dir;

	LocalFileStore store() throws Exception {
		LocalFileStore store = new LocalFileStore(new StorageProperties(this.dir.toString()));
		store.afterPropertiesSet();
		return store;
	}

	@Test
	void strayTemporaryFilesAreRemovedAtStart() throws Exception {
		Path tmp = Files.createDirectories(this.dir.resolve("evidence/tmp"));
		Files.writeString(tmp.resolve("crashed.part"), "half");
		store();
		assertThat(tmp).isEmptyDirectory();
	}

	@Test
	void aCommittedFileIsStoredOnceByContentAndAnUncommittedOneLeavesNothing() throws Exception {
		LocalFileStore store = store();
		String sha;
		try (StagedFile first = store.receive(new ByteArrayInputStream("isi".getBytes()), 100)) {
			sha = first.sha256();
			first.commit();
		}
		try (StagedFile second = store.receive(new ByteArrayInputStream("isi".getBytes()), 100)) {
			second.commit();
		}
		try (StagedFile dropped = store.receive(new ByteArrayInputStream("lain".getBytes()), 100)) {
			assertThat(store.contains(dropped.sha256())).isFalse();
		}
		assertThat(store.contains(sha)).isTrue();
		assertThat(this.dir.resolve("evidence/tmp")).isEmptyDirectory();
		try (InputStream in = store.open(sha)) {
			assertThat(in.readAllBytes()).isEqualTo("isi".getBytes());
		}
	}

	@Test
	void aTooLongUploadLeavesNoTemporaryFile() throws Exception {
		LocalFileStore store = store();
		assertThatThrownBy(() -> store.receive(new ByteArrayInputStream(new byte[101]), 100))
			.isInstanceOf(FileTooLargeException.class);
		assertThat(this.dir.resolve("evidence/tmp")).isEmptyDirectory();
	}

	@Test
	void aDamagedFileIsNeverServed() throws Exception {
		LocalFileStore store = store();
		String sha;
		try (StagedFile file = store.receive(new ByteArrayInputStream("asli".getBytes()), 100)) {
			sha = file.sha256();
			file.commit();
		}
		Files.writeString(store.pathOf(sha), "rusak");
		assertThatThrownBy(() -> store.open(sha)).isInstanceOf(DamagedFileException.class);
	}

}
