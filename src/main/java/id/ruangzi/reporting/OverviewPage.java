package id.ruangzi.reporting;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The supervisor overview: a page of ranked rows and the totals per parent.
 *
 * @param filter the filter, with the year filled in
 * @param underName the name of the subtree's root, or null for the whole scope
 * @param rows the page of rows
 * @param groups totals per parent over every row that matches, not only this page
 */
public record OverviewPage(OverviewFilter filter, String underName, Page<OverviewRow> rows,
		List<OverviewGroup> groups) {

}
