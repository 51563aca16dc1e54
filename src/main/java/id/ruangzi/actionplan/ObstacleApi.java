package id.ruangzi.actionplan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.ActivityRights.Rights;
import id.ruangzi.actionplan.obstacle.Obstacle;
import id.ruangzi.actionplan.obstacle.ObstacleRepository;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The obstacles (kendala) of a programme: what holds it back, how badly, what is done
 * about it and by whom. Whoever may see the programme reads them (404 otherwise); unit
 * staff with an edit scope record them (an obstacle tied to an area needs that area), and
 * the owner of an obstacle may change it even without an edit scope. Supervisors read.
 */
@Service
@Transactional(readOnly = true)
public class ObstacleApi {

	/** Rows per page of the obstacle list. */
	public static final int PAGE_SIZE = 20;

	private final ActivityRights rights;

	private final ObstacleRepository obstacles;

	private final IdentityApi identity;

	ObstacleApi(ActivityRights rights, ObstacleRepository obstacles, IdentityApi identity) {
		this.rights = rights;
		this.obstacles = obstacles;
		this.identity = identity;
	}

	/**
	 * A page of a programme's obstacles: unresolved first, the most severe first among
	 * them, in a fixed number of queries.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param status only this status, or null for all
	 * @param areaCode only this area, or null for all
	 * @param page the page number, from 0
	 * @return the page, with what the user may do
	 */
	public ObstaclePage obstacles(CurrentUser user, long programmeId, ObstacleStatus status, String areaCode,
			int page) {
		Rights can = this.rights.of(user, programmeId);
		String area = (areaCode != null && ActivityApi.isArea(areaCode)) ? areaCode.strip() : null;
		Page<Obstacle> rows = this.obstacles.findListed(programmeId, (status != null) ? status.name() : null, area,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<Long, Person> owners = this.identity
			.peopleById(rows.stream().map(Obstacle::getOwnerId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return new ObstaclePage(can.programme(), rows.map((row) -> view(user, can, row, owners)), can.scope().any());
	}

	/**
	 * What the form for a new obstacle offers the user.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @return the choices; 403 when the user may not record obstacles
	 */
	public ObstacleChoices choices(CurrentUser user, long programmeId) {
		Rights can = this.rights.of(user, programmeId);
		if (!can.scope().any()) {
			throw new ForbiddenException("record obstacles of programme " + programmeId);
		}
		return choices(can, null);
	}

	/**
	 * One obstacle to change, with the choices of its form.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param obstacleId the obstacle
	 * @return the obstacle; 403 when the user may not change it
	 */
	public ObstacleView editable(CurrentUser user, long programmeId, long obstacleId) {
		Rights can = this.rights.of(user, programmeId);
		Obstacle obstacle = find(programmeId, obstacleId);
		requireEdit(user, can, obstacle);
		return view(user, can, obstacle,
				this.identity.peopleById((obstacle.getOwnerId() != null) ? Set.of(obstacle.getOwnerId()) : Set.of()));
	}

	/**
	 * What the form for changing an obstacle offers the user.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param obstacleId the obstacle
	 * @return the choices; 403 when the user may not change it
	 */
	public ObstacleChoices choices(CurrentUser user, long programmeId, long obstacleId) {
		Rights can = this.rights.of(user, programmeId);
		Obstacle obstacle = find(programmeId, obstacleId);
		requireEdit(user, can, obstacle);
		return choices(can, obstacle);
	}

	/**
	 * Records an obstacle, open unless the draft says otherwise.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param draft what was entered
	 * @return the new obstacle's id
	 */
	@Transactional
	public long create(CurrentUser user, long programmeId, ObstacleDraft draft) {
		Rights can = this.rights.of(user, programmeId);
		String area = area(draft.areaCode());
		if (!can.mayWriteObstacle(area)) {
			throw new ForbiddenException("record an obstacle in area " + area + " of programme " + programmeId);
		}
		Obstacle obstacle = new Obstacle(programmeId);
		describe(can, obstacle, draft, area);
		return this.obstacles.saveAndFlush(obstacle).getId();
	}

	/**
	 * Changes an obstacle.
	 * @param user the signed-in user
	 * @param programmeId the programme
	 * @param obstacleId the obstacle
	 * @param draft what was entered
	 * @param version the version the user saw; an older one is a conflict (409)
	 */
	@Transactional
	public void update(CurrentUser user, long programmeId, long obstacleId, ObstacleDraft draft, long version) {
		Rights can = this.rights.of(user, programmeId);
		Obstacle obstacle = find(programmeId, obstacleId);
		requireEdit(user, can, obstacle);
		String area = area(draft.areaCode());
		// The owner without an edit scope handles the obstacle where it is.
		if (!Objects.equals(area, obstacle.getAreaCode()) && !can.mayWriteObstacle(area)) {
			throw new ForbiddenException("move obstacle " + obstacleId + " to area " + area);
		}
		if (obstacle.getVersion() != version) {
			throw new OptimisticLockingFailureException("obstacle " + obstacleId + " was changed by someone else");
		}
		describe(can, obstacle, draft, area);
		this.obstacles.saveAndFlush(obstacle);
	}

	/**
	 * Whether a programme already has an obstacle with this description, so demo data is
	 * made once.
	 * @param programmeId the programme
	 * @param description the description
	 * @return true when there is one
	 */
	public boolean exists(long programmeId, String description) {
		return this.obstacles.existsByProgrammeIdAndDescription(programmeId, description);
	}

	private void describe(Rights can, Obstacle obstacle, ObstacleDraft draft, String area) {
		if (draft.description() == null || draft.description().isBlank()) {
			throw new ActivityRefusedException("description", "activity.obstacle.description.required");
		}
		if (draft.severity() == null) {
			throw new ActivityRefusedException("severity", "activity.obstacle.severity.required");
		}
		if (draft.ownerId() != null && !draft.ownerId().equals(obstacle.getOwnerId())
				&& this.identity.peopleOfUnit(can.programme().unitId())
					.stream()
					.noneMatch((person) -> person.id() == draft.ownerId())) {
			throw new ActivityRefusedException("ownerId", "activity.obstacle.owner.notOfUnit");
		}
		ObstacleStatus status = (draft.status() != null) ? draft.status() : ObstacleStatus.TERBUKA;
		obstacle.describe(draft.description().strip(), area, draft.severity().name(),
				ActivityApi.blankToNull(draft.mitigation()), draft.ownerId(), status.name());
	}

	private ObstacleChoices choices(Rights can, Obstacle editing) {
		List<String> areas = new ArrayList<>(
				Arrays.stream(Area.values()).filter(can.scope()::covers).map(Area::name).toList());
		if (editing != null && editing.getAreaCode() != null && !areas.contains(editing.getAreaCode())) {
			areas.add(editing.getAreaCode());
		}
		boolean anyArea = can.scope().everything() || can.scope().any()
				|| (editing != null && editing.getAreaCode() == null);
		return new ObstacleChoices(can.programme(), areas, anyArea,
				this.identity.peopleOfUnit(can.programme().unitId()));
	}

	private static void requireEdit(CurrentUser user, Rights can, Obstacle obstacle) {
		if (!mayEdit(user, can, obstacle)) {
			throw new ForbiddenException("change obstacle " + obstacle.getId());
		}
	}

	private static boolean mayEdit(CurrentUser user, Rights can, Obstacle obstacle) {
		return can.mayWriteObstacle(obstacle.getAreaCode())
				|| (obstacle.getOwnerId() != null && obstacle.getOwnerId() == user.id());
	}

	private static String area(String code) {
		String area = ActivityApi.blankToNull(code);
		if (area != null && !ActivityApi.isArea(area)) {
			throw new ActivityRefusedException("areaCode", "activity.area.invalid");
		}
		return area;
	}

	private Obstacle find(long programmeId, long obstacleId) {
		return this.obstacles.findById(obstacleId)
			.filter((obstacle) -> obstacle.getProgrammeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("obstacle " + obstacleId));
	}

	private static ObstacleView view(CurrentUser user, Rights can, Obstacle row, Map<Long, Person> owners) {
		Person owner = (row.getOwnerId() != null) ? owners.get(row.getOwnerId()) : null;
		return new ObstacleView(row.getId(), row.getProgrammeId(), row.getDescription(), row.getAreaCode(),
				ObstacleSeverity.valueOf(row.getSeverity()), row.getMitigation(), row.getOwnerId(),
				(owner != null) ? owner.fullName() : null, ObstacleStatus.valueOf(row.getStatus()), row.getVersion(),
				mayEdit(user, can, row));
	}

}
