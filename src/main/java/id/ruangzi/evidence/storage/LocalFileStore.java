package id.ruangzi.evidence.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import id.ruangzi.shared.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The file store on the local file system under {@code ruangzi.storage.dir}: content in
 * {@code evidence/ab/cd/<sha256>}, uploads in progress in {@code evidence/tmp} (same file
 * system, so the final move is atomic). Temporary files left by a crash are removed at
 * start.
 */
@Component
class LocalFileStore implements FileStore, InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(LocalFileStore.class);

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	private final Path tmp;

	LocalFileStore(StorageProperties properties) {
		this.root = Path.of(properties.dir()).toAbsolutePath().normalize().resolve("evidence");
		this.tmp = this.root.resolve("tmp");
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		Files.createDirectories(this.tmp);
		int removed = 0;
		try (DirectoryStream<Path> stray = Files.newDirectoryStream(this.tmp)) {
			for (Path file : stray) {
				Files.deleteIfExists(file);
				removed++;
			}
		}
		if (removed > 0) {
			log.info("Removed {} unfinished upload(s) from {}", removed, this.tmp);
		}
	}

	@Override
	public StagedFile receive(InputStream content, long maxBytes) throws IOException {
		Path file = this.tmp.resolve(UUID.randomUUID() + ".part");
		MessageDigest digest = sha256();
		long size = 0;
		try (InputStream in = new DigestInputStream(content, digest);
				OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) != -1) {
				size += read;
				if (size > maxBytes) {
					throw new FileTooLargeException(maxBytes);
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		return new Staged(file, HexFormat.of().formatHex(digest.digest()), size);
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		Path file = pathOf(sha256);
		if (!Files.isRegularFile(file)) {
			throw new DamagedFileException("stored file " + sha256 + " is missing");
		}
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
			log.error("Stored file {} does not match its checksum; not served", file);
			throw new DamagedFileException("stored file " + sha256 + " does not match its checksum");
		}
		return Files.newInputStream(file);
	}

	@Override
	public boolean contains(String sha256) {
		return Files.isRegularFile(pathOf(sha256));
	}

	Path pathOf(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void fsync(Path path, boolean directory) throws IOException {
		try (FileChannel channel = directory ? FileChannel.open(path, StandardOpenOption.READ)
				: FileChannel.open(path, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	private final class Staged implements StagedFile {

		private final Path file;

		private final String sha256;

		private final long size;

		Staged(Path file, String sha256, long size) {
			this.file = file;
			this.sha256 = sha256;
			this.size = size;
		}

		@Override
		public String sha256() {
			return this.sha256;
		}

		@Override
		public long size() {
			return this.size;
		}

		@Override
		public InputStream open() throws IOException {
			return Files.newInputStream(this.file);
		}

		@Override
		public void commit() throws IOException {
			Path target = pathOf(this.sha256);
			if (Files.isRegularFile(target)) {
				Files.deleteIfExists(this.file);
				return;
			}
			Files.createDirectories(target.getParent());
			fsync(this.file, false);
			try {
				Files.move(this.file, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException ex) {
				// A parallel upload of the same content won the race; its file is ours
				// too.
				Files.deleteIfExists(this.file);
				return;
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.deleteIfExists(this.file);
				throw ex;
			}
			fsync(target.getParent(), true);
		}

		@Override
		public void close() {
			try {
				Files.deleteIfExists(this.file);
			}
			catch (IOException ex) {
				log.warn("Cannot delete temporary upload {}", this.file, ex);
			}
		}

	}

}
