package id.ruangzi.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.evidence.internal.Evidence;
import id.ruangzi.evidence.internal.EvidenceRevision;
import id.ruangzi.evidence.internal.ProgrammeEvidence;
import id.ruangzi.evidence.internal.ZipPaths;
import id.ruangzi.evidence.storage.DamagedFileException;
import id.ruangzi.evidence.storage.FileStore;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.shared.time.TimeConfiguration;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * A programme's current evidence as one ZIP, for anyone who may view the programme:
 * folders by area and item code ({@code A-Manajemen-Perubahan/PPA1A/...},
 * {@code Hasil/HBA/...}, {@code Tanpa-Butir/...}) and an index
 * ({@value PackagePlan#INDEX}) with one row per record. A file linked to several items is
 * stored once, in the folder of its first item in LKE order, and the index names all its
 * items: copies would multiply the size of an already large package and hide that it is
 * one document. Links appear in the index only.
 * <p>
 * {@link #plan} checks the user and reads everything from the database (a few
 * statements); {@link #write} then only reads the file store, so it may run on another
 * thread after the request's transaction and security checks are over. Files are copied
 * with a fixed buffer, never held whole in memory. A stored file found damaged when
 * opened is left out and marked {@code damaged-not-included} in the index (written last),
 * so the rest of the package is still delivered and nothing wrong is in it; content that
 * changes while it is copied aborts the stream, because bytes already went out.
 */
@Service
public class EvidencePackage {

	private static final Logger log = LoggerFactory.getLogger(EvidencePackage.class);

	private static final int BUFFER = 64 * 1024;

	static final String[] COLUMNS = { "path", "item_codes", "title", "kind", "document_date", "uploaded_at", "uploader",
			"revision", "file_name", "size_bytes", "sha256", "url", "status" };

	private final AssessmentApi assessment;

	private final IdentityApi identity;

	private final ProgrammeEvidence evidence;

	private final FileStore store;

	EvidencePackage(AssessmentApi assessment, IdentityApi identity, ProgrammeEvidence evidence, FileStore store) {
		this.assessment = assessment;
		this.identity = identity;
		this.evidence = evidence;
		this.store = store;
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme (404 outside the user's scope)
	 * @return what the package will hold
	 */
	public PackagePlan plan(CurrentUser user, long programmeId) {
		AssessmentSheet sheet = this.assessment.sheet(user, programmeId);
		ProgrammeView programme = sheet.programme();
		LkeTemplate template = sheet.template();
		Map<String, Integer> order = new HashMap<>();
		template.items().forEach((item) -> order.put(item.code(), order.size()));
		List<ProgrammeEvidence.Row> rows = this.evidence.of(programmeId);
		Set<Long> personIds = new HashSet<>();
		rows.forEach((row) -> personIds
			.add((row.current() != null) ? row.current().getUploadedBy() : row.evidence().getOwnerId()));
		Map<Long, Person> people = this.identity.peopleById(List.copyOf(personIds));
		ZipPaths paths = new ZipPaths();
		List<PackageEntry> entries = new ArrayList<>();
		for (ProgrammeEvidence.Row row : rows) {
			List<String> items = row.itemCodes()
				.stream()
				.sorted(Comparator.comparing((String c) -> order.getOrDefault(c, Integer.MAX_VALUE))
					.thenComparing(Comparator.naturalOrder()))
				.toList();
			entries.add(entry(row, items, template, paths, people));
		}
		entries.sort(Comparator.comparing((PackageEntry e) -> e.link() ? "~" : e.path()));
		String fileName = "eviden-" + ZipPaths.segment(programme.unitCode(), "unit") + "-" + programme.year() + ".zip";
		return new PackagePlan(programmeId, fileName, entries);
	}

	/**
	 * Streams the package. Reads no database.
	 * @param plan what to write
	 * @param out where (not closed)
	 * @throws IOException when writing fails, or a file changes while it is copied
	 */
	public void write(PackagePlan plan, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		zip.setLevel(Deflater.BEST_SPEED);
		Set<Long> damaged = new HashSet<>();
		byte[] buffer = new byte[BUFFER];
		for (PackageEntry entry : plan.entries()) {
			if (!entry.link() && !copy(entry, zip, buffer)) {
				damaged.add(entry.evidenceId());
			}
		}
		zip.putNextEntry(new ZipEntry(PackagePlan.INDEX));
		Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get());
		for (PackageEntry e : plan.entries()) {
			boolean lost = damaged.contains(e.evidenceId());
			csv.printRecord(lost ? "" : (e.link() ? "" : e.path()), String.join(" ", e.itemCodes()), e.title(),
					e.kind(), e.documentDate(), e.uploadedAt(), e.uploader(), e.link() ? "" : e.revision(),
					e.fileName(), e.link() ? "" : e.size(), e.sha256(), e.url(),
					lost ? "damaged-not-included" : (e.link() ? "link" : "ok"));
		}
		csv.flush();
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

	private boolean copy(PackageEntry entry, ZipOutputStream zip, byte[] buffer) throws IOException {
		InputStream stored;
		try {
			stored = this.store.open(entry.sha256());
		}
		catch (DamagedFileException ex) {
			log.error("Evidence {} left out of package: {}", entry.evidenceId(), ex.getMessage());
			return false;
		}
		MessageDigest digest = sha256();
		long size = 0;
		try (InputStream in = new DigestInputStream(stored, digest)) {
			ZipEntry zipEntry = new ZipEntry(entry.path());
			if (entry.uploadedAt() != null) {
				zipEntry.setLastModifiedTime(java.nio.file.attribute.FileTime.from(entry.uploadedAt().toInstant()));
			}
			zip.putNextEntry(zipEntry);
			int read;
			while ((read = in.read(buffer)) != -1) {
				zip.write(buffer, 0, read);
				size += read;
			}
			zip.closeEntry();
		}
		if (size != entry.size() || !HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
			throw new DamagedFileException("stored file " + entry.sha256() + " changed while it was packaged");
		}
		return true;
	}

	private static PackageEntry entry(ProgrammeEvidence.Row row, List<String> items, LkeTemplate template,
			ZipPaths paths, Map<Long, Person> people) {
		Evidence e = row.evidence();
		EvidenceRevision r = row.current();
		if (r == null) {
			return new PackageEntry(e.getId(), null, items, e.getTitle(), e.getKind(), e.getDocumentDate(), null,
					name(people, e.getOwnerId()), 0, null, 0, null, e.getUrl());
		}
		String folder = folder(items.isEmpty() ? null : items.get(0), template);
		String path = folder + "/" + paths.fileIn(folder, r.getFileName());
		return new PackageEntry(e.getId(), path, items, e.getTitle(), e.getKind(), e.getDocumentDate(),
				r.getCreatedAt().atZone(TimeConfiguration.ZONE).toOffsetDateTime(), name(people, r.getUploadedBy()),
				r.getNumber(), r.getFileName(), r.getSizeBytes(), r.getSha256(), null);
	}

	private static String folder(String itemCode, LkeTemplate template) {
		if (itemCode == null) {
			return "Tanpa-Butir";
		}
		String item = ZipPaths.segment(itemCode, "butir");
		Item found = template.item(itemCode).orElse(null);
		if (found == null) {
			return "Lainnya/" + item;
		}
		if (found.area() == null) {
			return "Hasil/" + item;
		}
		return ZipPaths.segment(
				found.area().name() + "-" + java.util.Objects.toString(template.areaName(found.area()), ""),
				found.area().name()) + "/" + item;
	}

	private static String name(Map<Long, Person> people, long id) {
		Person person = people.get(id);
		return (person != null) ? person.fullName() : "#" + id;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
