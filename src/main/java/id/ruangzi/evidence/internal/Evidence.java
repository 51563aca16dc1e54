package id.ruangzi.evidence.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import id.ruangzi.evidence.EvidenceKind;
import id.ruangzi.shared.jpa.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** An evidence record: a file (with revisions) or a link, of one programme. */
@Entity
@Table(name = "evidence")
public class Evidence extends BaseEntity {

	@Column(name = "programme_id", nullable = false)
	private long programmeId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EvidenceKind kind;

	private String url;

	@Column(name = "document_date")
	private LocalDate documentDate;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@ElementCollection
	@CollectionTable(name = "evidence_item", joinColumns = @JoinColumn(name = "evidence_id"))
	@Column(name = "item_code")
	private Set<String> itemCodes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "evidence_task", joinColumns = @JoinColumn(name = "evidence_id"))
	@Column(name = "task_id")
	private Set<Long> taskIds = new LinkedHashSet<>();

	protected Evidence() {
	}

	public Evidence(long programmeId, long unitId, String title, EvidenceKind kind, String url, LocalDate documentDate,
			long ownerId, Set<String> itemCodes, Set<Long> taskIds) {
		this.programmeId = programmeId;
		this.unitId = unitId;
		this.title = title;
		this.kind = kind;
		this.url = url;
		this.documentDate = documentDate;
		this.ownerId = ownerId;
		this.itemCodes.addAll(itemCodes);
		this.taskIds.addAll(taskIds);
	}

	/**
	 * Changes what is said about the record; its files stay as they are.
	 * @param title the title
	 * @param kind what it is
	 * @param url the link, only for link records
	 * @param documentDate the document's own date, or null
	 * @param itemCodes the LKE items it supports
	 * @param taskIds the tasks it comes from
	 */
	public void describe(String title, EvidenceKind kind, String url, LocalDate documentDate, Set<String> itemCodes,
			Set<Long> taskIds) {
		this.title = title;
		this.kind = kind;
		this.url = url;
		this.documentDate = documentDate;
		this.itemCodes.retainAll(itemCodes);
		this.itemCodes.addAll(itemCodes);
		this.taskIds.retainAll(taskIds);
		this.taskIds.addAll(taskIds);
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public String getTitle() {
		return this.title;
	}

	public EvidenceKind getKind() {
		return this.kind;
	}

	public String getUrl() {
		return this.url;
	}

	public LocalDate getDocumentDate() {
		return this.documentDate;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public Set<String> getItemCodes() {
		return Set.copyOf(this.itemCodes);
	}

	public Set<Long> getTaskIds() {
		return Set.copyOf(this.taskIds);
	}

}
