package id.ruangzi.actionplan.activity;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import id.ruangzi.shared.jpa.BaseEntity;

@Entity
@Table(name = "activity")
public class Activity extends BaseEntity {

	@Column(name = "programme_id")
	private long programmeId;

	private String kind;

	private String title;

	@Column(name = "activity_date")
	private LocalDate date;

	private String place;

	@Column(name = "area_code")
	private String areaCode;

	private String guests;

	private String minutes;

	@Column(name = "recorded_by")
	private long recordedBy;

	@Column(name = "supervisor_id")
	private Long supervisorId;

	@Column(name = "supervisor_feedback")
	private String supervisorFeedback;

	// Read only on the detail page; the list never touches it.
	@ElementCollection
	@CollectionTable(name = "activity_participant", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "user_id")
	private Set<Long> participantIds = new HashSet<>();

	protected Activity() {
	}

	public Activity(long programmeId, long recordedBy) {
		this.programmeId = programmeId;
		this.recordedBy = recordedBy;
	}

	/** Sets what staff and supervisors alike may change. */
	public void describe(String kind, String title, LocalDate date, String place, String areaCode, String guests,
			String minutes, Set<Long> participantIds) {
		this.kind = kind;
		this.title = title;
		this.date = date;
		this.place = place;
		this.areaCode = areaCode;
		this.guests = guests;
		this.minutes = minutes;
		this.participantIds.clear();
		this.participantIds.addAll(participantIds);
	}

	/** The supervisor's feedback, which only a supervisor gives. */
	public void giveFeedback(long supervisorId, String feedback) {
		this.supervisorId = supervisorId;
		this.supervisorFeedback = feedback;
	}

	public long getProgrammeId() {
		return this.programmeId;
	}

	public String getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public String getPlace() {
		return this.place;
	}

	public String getAreaCode() {
		return this.areaCode;
	}

	public String getGuests() {
		return this.guests;
	}

	public String getMinutes() {
		return this.minutes;
	}

	public long getRecordedBy() {
		return this.recordedBy;
	}

	public Long getSupervisorId() {
		return this.supervisorId;
	}

	public String getSupervisorFeedback() {
		return this.supervisorFeedback;
	}

	public Set<Long> getParticipantIds() {
		return this.participantIds;
	}

}
