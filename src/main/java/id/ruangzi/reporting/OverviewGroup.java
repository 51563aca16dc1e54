package id.ruangzi.reporting;

import java.math.BigDecimal;

/**
 * Totals of one group of the overview: a unit and every unit under it, one level below
 * the point the overview is seen from (a Kanwil in a national overview, a Kankemenag in a
 * Kanwil's).
 *
 * @param parentCode the group unit's code
 * @param parentName its name
 * @param programmes how many programmes
 * @param averageTotal the average total
 * @param averagePengungkit the average Pengungkit
 * @param bestTotal the best total
 */
public record OverviewGroup(String parentCode, String parentName, long programmes, BigDecimal averageTotal,
		BigDecimal averagePengungkit, BigDecimal bestTotal) {

}
