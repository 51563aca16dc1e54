package id.ruangzi.actionplan;

import id.ruangzi.actionplan.activity.Activity;
import id.ruangzi.actionplan.activity.ActivityRepository;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.EditScope;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.identity.AccessPolicy;
import id.ruangzi.identity.Action;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Who may do what with a programme's activities and obstacles: sight of the programme to
 * read (404 otherwise), the LKE edit scope to record and change, and the REVIEW right on
 * the unit to record coaching visits as its supervisor.
 */
@Component
class ActivityRights {

	private final AssessmentApi assessment;

	private final OrganisationApi organisation;

	private final AccessPolicy policy;

	private final ActivityRepository activities;

	ActivityRights(AssessmentApi assessment, OrganisationApi organisation, AccessPolicy policy,
			ActivityRepository activities) {
		this.assessment = assessment;
		this.organisation = organisation;
		this.policy = policy;
		this.activities = activities;
	}

	Rights of(CurrentUser user, long programmeId) {
		ProgrammeView programme = this.assessment.programme(user, programmeId);
		EditScope scope = this.assessment.editScope(user, programmeId);
		boolean supervisor = this.organisation.findUnit(programme.unitCode())
			.map((unit) -> this.policy.may(user, Action.REVIEW, unit))
			.orElseThrow(() -> new NotFoundException("unit " + programme.unitCode()));
		return new Rights(programme, scope, supervisor);
	}

	// An activity under another programme's path is not found, like one of another unit.
	Activity activity(long programmeId, long activityId) {
		return this.activities.findById(activityId)
			.filter((activity) -> activity.getProgrammeId() == programmeId)
			.orElseThrow(() -> new NotFoundException("activity " + activityId));
	}

	/**
	 * @param programme the programme, which the user may see
	 * @param scope what the user may change as unit staff
	 * @param supervisor whether the user supervises the unit
	 */
	record Rights(ProgrammeView programme, EditScope scope, boolean supervisor) {

		/** Whether the user may record at least one kind of activity. */
		boolean mayCreateActivity() {
			return this.scope.any() || this.supervisor;
		}

		/**
		 * Whether the user may record or change an activity of this kind in this area.
		 * Supervisors touch coaching visits only, in any area; staff need the area.
		 */
		boolean mayWriteActivity(ActivityKind kind, String areaCode) {
			if (this.supervisor && kind == ActivityKind.PENDAMPINGAN) {
				return true;
			}
			return mayWriteObstacle(areaCode);
		}

		/**
		 * Whether the user may record or change an obstacle in this area, or of the whole
		 * programme (no area), which any unit staff with an edit scope may.
		 */
		boolean mayWriteObstacle(String areaCode) {
			return (areaCode == null || areaCode.isBlank()) ? this.scope.any() : this.scope.coversCode(areaCode);
		}

		/**
		 * Refuses a missing kind or an unknown area as a field error, and an activity the
		 * user may not write with 403.
		 */
		void requireWrite(ActivityKind kind, String areaCode, Long activityId) {
			if (kind == null) {
				throw new ActivityRefusedException("kind", "activity.kind.required");
			}
			if (areaCode != null && !areaCode.isBlank() && !ActivityApi.isArea(areaCode)) {
				throw new ActivityRefusedException("areaCode", "activity.area.invalid");
			}
			if (!mayWriteActivity(kind, ActivityApi.blankToNull(areaCode))) {
				throw new ForbiddenException(
						"write " + kind + " activity " + ((activityId != null) ? activityId + " " : "") + "in area "
								+ areaCode + " of programme " + this.programme.id());
			}
		}

	}

}
