package id.ruangzi.reporting.web;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.reporting.Dashboards;
import id.ruangzi.shared.api.PageRequests;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The readiness dashboard's numbers over the JSON API, with the same permissions as the
 * page.
 */
@RestController
class DashboardApiController {

	private final Dashboards dashboards;

	DashboardApiController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/api/v1/programmes/{id}/dashboard")
	DashboardJson dashboard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "10") int size) {
		var pageable = PageRequests.of(page, size, Sort.unsorted());
		return DashboardJson.of(this.dashboards.dashboard(user, id), pageable);
	}

}
