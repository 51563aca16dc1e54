package id.ruangzi.pokja.internal;

import java.time.Instant;

import id.ruangzi.shared.web.RequestMemo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.ruangzi.pokja.PokjaPosition;

/**
 * A person's seat in a pokja. No version: a seat is added or removed, and a position
 * change is a plain overwrite of one small fact.
 */
@Entity
@Table(name = "pokja_member")
public class Seat {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "pokja_id")
	private long pokjaId;

	@Column(name = "user_id")
	private long userId;

	@Enumerated(EnumType.STRING)
	private PokjaPosition position;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	protected Seat() {
	}

	public Seat(long pokjaId, long userId, PokjaPosition position) {
		this.pokjaId = pokjaId;
		this.userId = userId;
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public long getPokjaId() {
		return this.pokjaId;
	}

	public long getUserId() {
		return this.userId;
	}

	public PokjaPosition getPosition() {
		return this.position;
	}

	public void moveTo(PokjaPosition position) {
		this.position = position;
	}

	// A changed seat must not be served from this request's memo (see RequestMemo).
	@jakarta.persistence.PostPersist
	@jakarta.persistence.PostUpdate
	@jakarta.persistence.PostRemove
	void forgetRemembered() {
		RequestMemo.forget(SeatAreas.MEMO);
	}

}
