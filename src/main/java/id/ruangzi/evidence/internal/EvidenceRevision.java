package id.ruangzi.evidence.internal;

import id.ruangzi.shared.jpa.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One upload to an evidence record; the bytes are in the file store under sha256. */
@Entity
@Table(name = "evidence_revision")
public class EvidenceRevision extends BaseEntity {

	@Column(name = "evidence_id", nullable = false)
	private long evidenceId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "uploaded_by", nullable = false)
	private long uploadedBy;

	protected EvidenceRevision() {
	}

	public EvidenceRevision(long evidenceId, int number, String sha256, long sizeBytes, String contentType,
			String fileName, long uploadedBy) {
		this.evidenceId = evidenceId;
		this.number = number;
		this.sha256 = sha256;
		this.sizeBytes = sizeBytes;
		this.contentType = contentType;
		this.fileName = fileName;
		this.uploadedBy = uploadedBy;
	}

	public long getEvidenceId() {
		return this.evidenceId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getSha256() {
		return this.sha256;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getContentType() {
		return this.contentType;
	}

	public String getFileName() {
		return this.fileName;
	}

	public long getUploadedBy() {
		return this.uploadedBy;
	}

}
