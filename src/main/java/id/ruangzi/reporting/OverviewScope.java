package id.ruangzi.reporting;

import java.util.Map;

import id.ruangzi.assessment.StandingQuery;
import id.ruangzi.organisation.UnitListing;

/**
 * The units of one overview request, resolved and checked against the user's scope.
 *
 * @param filter the filter, with the year filled in
 * @param underName the subtree root's name, or null
 * @param query the SQL query over the units' programmes
 * @param byId the units by id
 * @param byCode the units by code (to name parents)
 */
public record OverviewScope(OverviewFilter filter, String underName, StandingQuery query, Map<Long, UnitListing> byId,
		Map<String, UnitListing> byCode) {

}
