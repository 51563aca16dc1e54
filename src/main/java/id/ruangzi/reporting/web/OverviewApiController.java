package id.ruangzi.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.ruangzi.assessment.Stage;
import id.ruangzi.assessment.scoring.Area;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.UnitType;
import id.ruangzi.reporting.Attention;
import id.ruangzi.reporting.OverviewFilter;
import id.ruangzi.reporting.OverviewRow;
import id.ruangzi.reporting.Overviews;
import id.ruangzi.review.ReviewStatus;
import id.ruangzi.shared.api.PageRequests;
import id.ruangzi.shared.api.PageResponse;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisor overview as paged JSON: the same rows, ranking and filters as the page.
 */
@RestController
class OverviewApiController {

	private final Overviews overviews;

	OverviewApiController(Overviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/api/v1/overview")
	PageResponse<OverviewJson> overview(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute OverviewFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageResponse.of(this.overviews.overview(user, filter, PageRequests.of(page, size, Sort.unsorted()))
			.rows()
			.map(OverviewJson::of));
	}

	record OverviewJson(int rank, long programmeId, String unitCode, String unitName, UnitType type, String parentCode,
			Predicate target, Stage stage, BigDecimal total, BigDecimal pengungkit, BigDecimal hasil, Area weakestArea,
			BigDecimal weakestPercent, BigDecimal evidenceCoverage, long overdueTasks, LocalDate lastActivity,
			ReviewStatus review, boolean readyToPropose, boolean onTrack, List<Attention> attention) {

		static OverviewJson of(OverviewRow row) {
			return new OverviewJson(row.rank(), row.programmeId(), row.unitCode(), row.unitName(), row.type(),
					row.parentCode(), row.target(), row.stage(), row.total(), row.pengungkit(), row.hasil(),
					row.weakestArea(), row.weakestPercent(), row.evidenceCoverage(), row.overdueTasks(),
					row.lastActivity(), row.review(), row.ready(), row.onTrack(), row.attention());
		}

	}

}
