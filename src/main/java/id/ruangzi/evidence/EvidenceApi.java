package id.ruangzi.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.TaskView;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.evidence.internal.ContentRules;
import id.ruangzi.evidence.internal.Evidence;
import id.ruangzi.evidence.internal.EvidenceRepository;
import id.ruangzi.evidence.internal.EvidenceRevision;
import id.ruangzi.evidence.internal.EvidenceRevisionRepository;
import id.ruangzi.evidence.internal.EvidenceRights;
import id.ruangzi.evidence.internal.FileNames;
import id.ruangzi.evidence.storage.FileStore;
import id.ruangzi.evidence.storage.FileTooLargeException;
import id.ruangzi.evidence.storage.StagedFile;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The evidence module's facade. Reading needs the right to view the programme (another
 * unit's programme, record or revision is not found); uploading needs an edit scope
 * covering the area of every linked item, or any scope for evidence linked to no item. An
 * upload is streamed into the file store and committed there before its row is written,
 * so there is never a row without its file.
 */
@Service
public class EvidenceApi {

	private final AssessmentApi assessment;

	private final IdentityApi identity;

	private final EvidenceRepository records;

	private final EvidenceRevisionRepository revisions;

	private final FileStore store;

	private final ContentRules rules;

	private final EvidenceRights rights;

	private final TransactionTemplate tx;

	private final TransactionTemplate readTx;

	private final long maxBytes;

	EvidenceApi(AssessmentApi assessment, IdentityApi identity, EvidenceRepository records,
			EvidenceRevisionRepository revisions, FileStore store, ContentRules rules, EvidenceRights rights,
			PlatformTransactionManager transactions,
			@Value("${ruangzi.evidence.max-file-size:50MB}") DataSize maxFileSize) {
		this.assessment = assessment;
		this.identity = identity;
		this.records = records;
		this.revisions = revisions;
		this.store = store;
		this.rules = rules;
		this.rights = rights;
		this.tx = new TransactionTemplate(transactions);
		this.readTx = new TransactionTemplate(transactions);
		this.readTx.setReadOnly(true);
		this.maxBytes = maxFileSize.toBytes();
	}

	/** The largest file accepted, in bytes. */
	public long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * A programme's evidence, newest first; a fixed number of SQL statements.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param itemCode only evidence of this item, or null for all
	 * @return the page
	 */
	public EvidencePage page(CurrentUser user, long programmeId, String itemCode) {
		return page(user, programmeId, itemCode, null);
	}

	/**
	 * A programme's evidence, newest first, of one item or one task.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param itemCode only evidence of this item, or null
	 * @param taskId only evidence of this task of the programme (another's is not found),
	 * or null
	 * @return the page
	 */
	public EvidencePage page(CurrentUser user, long programmeId, String itemCode, Long taskId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		TaskView task = null;
		if (taskId != null) {
			try {
				task = this.rights.tasks(user, programmeId, List.of(taskId)).get(0);
			}
			catch (EvidenceRefusedException ex) {
				throw new NotFoundException("task " + taskId + " of programme " + programmeId);
			}
		}
		List<String> codes = this.rights.linkableItems(user, programmeId, (task != null) ? List.of(task) : List.of());
		boolean mayUpload = this.assessment.editScope(user, programmeId).any() || (task != null && task.mayUpdate());
		String item = (itemCode == null || itemCode.isBlank()) ? null : itemCode.strip();
		Long taskFilter = taskId;
		List<EvidenceView> list = this.readTx.execute((status) -> views(
				(taskFilter != null) ? this.records.findByProgrammeIdAndTaskId(programmeId, taskFilter)
						: (item != null) ? this.records.findByProgrammeIdAndItemCode(programmeId, item)
								: this.records.findByProgrammeIdOrderByIdDesc(programmeId)));
		return new EvidencePage(programme, item, task, list, mayUpload, codes);
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return how many evidence records each item has
	 */
	public Map<String, Long> countsByItem(CurrentUser user, long programmeId) {
		this.assessment.programme(user, programmeId);
		return this.records.countByItem(programmeId)
			.stream()
			.collect(Collectors.toMap((row) -> (String) row[0], (row) -> (Long) row[1]));
	}

	/**
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return how many evidence records (files and links) it has, whatever their items
	 */
	public long recordCount(CurrentUser user, long programmeId) {
		this.assessment.programme(user, programmeId);
		return this.records.countByProgrammeId(programmeId);
	}

	/**
	 * @param user the signed-in user
	 * @param evidenceId the record
	 * @return the record with all its revisions
	 */
	public EvidenceDetail detail(CurrentUser user, long evidenceId) {
		Evidence evidence = visible(user, evidenceId);
		EvidenceView view = this.readTx.execute((status) -> views(List.of(evidence)).get(0));
		List<EvidenceRevision> all = this.revisions.findByEvidenceIdOrderByNumberDesc(evidenceId);
		Map<Long, Person> people = this.identity
			.peopleById(all.stream().map(EvidenceRevision::getUploadedBy).distinct().toList());
		List<TaskView> tasks = this.rights.existingTasks(user, evidence.getTaskIds());
		boolean mayEdit = this.rights.mayChange(user, evidence.getProgrammeId(), evidence.getItemCodes(), tasks);
		return new EvidenceDetail(this.assessment.programme(user, evidence.getProgrammeId()), view,
				all.stream().map((r) -> revisionView(r, people)).toList(), tasks, mayEdit,
				this.rights.linkableItems(user, evidence.getProgrammeId(), tasks));
	}

	/**
	 * Adds evidence: a file (streamed, checked, stored once per content) or a link.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param draft what the user says about it
	 * @param file the file, or null for a link
	 * @return the record and whether the unit already had the same content
	 * @throws EvidenceRefusedException for a refused file, link or item
	 */
	public UploadResult create(CurrentUser user, long programmeId, EvidenceDraft draft, FileUpload file) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		if (!this.rights.mayChange(user, programmeId, draft.itemCodes(), draft.taskIds())) {
			throw new ForbiddenException("evidence of programme " + programmeId);
		}
		if (draft.kind() == null) {
			throw new EvidenceRefusedException("kind is required", "evidence.refused.kind");
		}
		if (file == null) {
			String url = checkedUrl(draft.url());
			String title = checkedTitle(draft.title(), url);
			Evidence saved = this.tx.execute((status) -> this.records
				.save(new Evidence(programmeId, programme.unitId(), title, draft.kind(), url, draft.documentDate(),
						user.id(), new LinkedHashSet<>(draft.itemCodes()), new LinkedHashSet<>(draft.taskIds()))));
			return new UploadResult(viewOf(saved), List.of());
		}
		String name = FileNames.clean(file.name());
		String title = checkedTitle(
				(draft.title() == null || draft.title().isBlank()) ? FileNames.title(name) : draft.title(), name);
		return store(file, name, (staged, type) -> {
			Evidence evidence = this.records
				.save(new Evidence(programmeId, programme.unitId(), title, draft.kind(), null, draft.documentDate(),
						user.id(), new LinkedHashSet<>(draft.itemCodes()), new LinkedHashSet<>(draft.taskIds())));
			this.revisions
				.save(new EvidenceRevision(evidence.getId(), 1, staged.sha256(), staged.size(), type, name, user.id()));
			return evidence;
		});
	}

	/**
	 * Uploads a new revision of a file record; older revisions stay downloadable.
	 * @param user the signed-in user
	 * @param evidenceId the record
	 * @param file the new content
	 * @return the record with its new current revision
	 */
	public UploadResult addRevision(CurrentUser user, long evidenceId, FileUpload file) {
		Evidence evidence = visible(user, evidenceId);
		if (evidence.getUrl() != null || !this.rights.mayChange(user, evidence.getProgrammeId(),
				evidence.getItemCodes(), this.rights.existingTasks(user, evidence.getTaskIds()))) {
			throw new ForbiddenException("evidence " + evidenceId);
		}
		String name = FileNames.clean(file.name());
		return store(file, name, (staged, type) -> {
			int next = this.revisions.findByEvidenceIdOrderByNumberDesc(evidenceId).get(0).getNumber() + 1;
			this.revisions
				.save(new EvidenceRevision(evidenceId, next, staged.sha256(), staged.size(), type, name, user.id()));
			return evidence;
		});
	}

	/**
	 * Changes what is said about a record (title, kind, date, link, items, tasks); its
	 * files stay as they are. The user must be allowed to change the record both as it is
	 * and as it will be.
	 * @param user the signed-in user
	 * @param evidenceId the record
	 * @param draft the new details (url only for a link record)
	 * @param version the version the user saw
	 * @return the record as it is now
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone
	 * changed it since
	 */
	public EvidenceView edit(CurrentUser user, long evidenceId, EvidenceDraft draft, long version) {
		Evidence evidence = visible(user, evidenceId);
		long programmeId = evidence.getProgrammeId();
		if (!this.rights.mayChange(user, programmeId, evidence.getItemCodes(),
				this.rights.existingTasks(user, evidence.getTaskIds()))
				|| !this.rights.mayChange(user, programmeId, draft.itemCodes(), draft.taskIds())) {
			throw new ForbiddenException("evidence " + evidenceId);
		}
		if (draft.kind() == null) {
			throw new EvidenceRefusedException("kind is required", "evidence.refused.kind");
		}
		String url = (evidence.getUrl() != null) ? checkedUrl(draft.url()) : null;
		String title = checkedTitle(draft.title(), evidence.getTitle());
		return this.tx.execute((status) -> {
			Evidence stored = this.records.findById(evidenceId)
				.orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
			if (stored.getVersion() != version) {
				throw new ObjectOptimisticLockingFailureException(Evidence.class, evidenceId);
			}
			stored.describe(title, draft.kind(), url, draft.documentDate(), new LinkedHashSet<>(draft.itemCodes()),
					new LinkedHashSet<>(draft.taskIds()));
			return views(List.of(this.records.saveAndFlush(stored))).get(0);
		});
	}

	/**
	 * The verified bytes of a revision; checks scope on every call.
	 * @param user the signed-in user
	 * @param revisionId the revision
	 * @return the content
	 */
	public EvidenceContent revisionContent(CurrentUser user, long revisionId) {
		EvidenceRevision revision = this.revisions.findById(revisionId)
			.orElseThrow(() -> new NotFoundException("revision " + revisionId));
		visible(user, revision.getEvidenceId());
		return content(revision);
	}

	/**
	 * The verified bytes of a record's newest revision; checks scope on every call.
	 * @param user the signed-in user
	 * @param evidenceId the record
	 * @return the content
	 */
	public EvidenceContent currentContent(CurrentUser user, long evidenceId) {
		visible(user, evidenceId);
		List<EvidenceRevision> all = this.revisions.findByEvidenceIdOrderByNumberDesc(evidenceId);
		if (all.isEmpty()) {
			throw new NotFoundException("content of evidence " + evidenceId);
		}
		return content(all.get(0));
	}

	/**
	 * The newest revision of every file record of a programme, for a submission to
	 * freeze. No user check: the caller has already checked the programme.
	 * @param programmeId the programme
	 * @return one line per file record
	 */
	public List<CurrentRevision> currentRevisions(long programmeId) {
		return this.revisions.currentOfProgramme(programmeId)
			.stream()
			.map((r) -> new CurrentRevision(r.getEvidenceId(), r.getId()))
			.toList();
	}

	private EvidenceContent content(EvidenceRevision revision) {
		try {
			InputStream stream = this.store.open(revision.getSha256());
			return new EvidenceContent(revision.getFileName(), revision.getContentType(), revision.getSizeBytes(),
					stream);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private UploadResult store(FileUpload file, String name, Writer writer) {
		StagedFile staged;
		try (InputStream in = file.content().open()) {
			staged = this.store.receive(in, this.maxBytes);
		}
		catch (FileTooLargeException ex) {
			throw new EvidenceRefusedException(
					name + ": larger than " + DataSize.ofBytes(this.maxBytes).toMegabytes() + " MB",
					"evidence.refused.tooLarge", name, DataSize.ofBytes(this.maxBytes).toMegabytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (staged) {
			String type = this.rules.check(staged, name);
			staged.commit();
			Evidence evidence = this.tx.execute((status) -> writer.write(staged, type));
			List<String> same = this.revisions.titlesWithContent(evidence.getUnitId(), staged.sha256(),
					evidence.getId());
			return new UploadResult(viewOf(evidence), same);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Evidence visible(CurrentUser user, long evidenceId) {
		// The item codes and task ids are loaded here, while the session is open:
		// callers decide rights by them.
		Evidence evidence = this.readTx.execute((status) -> {
			Evidence found = this.records.findById(evidenceId)
				.orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
			found.getItemCodes();
			found.getTaskIds();
			return found;
		});
		try {
			this.assessment.programme(user, evidence.getProgrammeId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("evidence " + evidenceId);
		}
		return evidence;
	}

	private static String checkedUrl(String url) {
		if (url == null || url.isBlank()) {
			throw new EvidenceRefusedException("a file or a link is required", "evidence.refused.nothing");
		}
		String link = url.strip();
		try {
			URI uri = URI.create(link);
			if (link.length() <= 2000 && uri.getHost() != null
					&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
				return link;
			}
		}
		catch (IllegalArgumentException ex) {
			// refused below
		}
		throw new EvidenceRefusedException("not an http(s) link: " + link, "evidence.refused.url", link);
	}

	private static String checkedTitle(String title, String fallback) {
		String value = (title == null || title.isBlank()) ? fallback : title.strip();
		if (value.length() > 300) {
			throw new EvidenceRefusedException("title is longer than 300 characters", "evidence.refused.title");
		}
		return value;
	}

	private EvidenceView viewOf(Evidence evidence) {
		return this.readTx.execute((status) -> views(List.of(evidence)).get(0));
	}

	private List<EvidenceView> views(List<Evidence> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		List<Long> ids = list.stream().map(Evidence::getId).toList();
		Map<Long, List<String>> items = new HashMap<>();
		for (Object[] row : this.records.itemCodesOf(ids)) {
			items.computeIfAbsent((Long) row[0], (k) -> new ArrayList<>()).add((String) row[1]);
		}
		Map<Long, List<Long>> tasks = new HashMap<>();
		for (Object[] row : this.records.taskIdsOf(ids)) {
			tasks.computeIfAbsent((Long) row[0], (k) -> new ArrayList<>()).add((Long) row[1]);
		}
		Map<Long, EvidenceRevision> current = this.revisions.currentOf(ids)
			.stream()
			.collect(Collectors.toMap(EvidenceRevision::getEvidenceId, Function.identity()));
		List<Long> personIds = new ArrayList<>(list.stream().map(Evidence::getOwnerId).toList());
		current.values().forEach((r) -> personIds.add(r.getUploadedBy()));
		Map<Long, Person> people = this.identity.peopleById(personIds.stream().distinct().toList());
		return list.stream().map((e) -> {
			EvidenceRevision revision = current.get(e.getId());
			return new EvidenceView(e.getId(), e.getProgrammeId(), e.getTitle(), e.getKind(), e.getUrl(),
					e.getDocumentDate(), name(people, e.getOwnerId()), items.getOrDefault(e.getId(), List.of()),
					tasks.getOrDefault(e.getId(), List.of()),
					(revision != null) ? revisionView(revision, people) : null, e.getVersion());
		}).toList();
	}

	private static RevisionView revisionView(EvidenceRevision r, Map<Long, Person> people) {
		return new RevisionView(r.getId(), r.getEvidenceId(), r.getNumber(), r.getFileName(), r.getContentType(),
				r.getSizeBytes(), r.getSha256(), name(people, r.getUploadedBy()), r.getCreatedAt());
	}

	private static String name(Map<Long, Person> people, long id) {
		Person person = people.get(id);
		return (person != null) ? person.fullName() : "#" + id;
	}

	@FunctionalInterface
	private interface Writer {

		Evidence write(StagedFile staged, String type);

	}

}
