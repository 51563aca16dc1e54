package id.ruangzi.reporting;

import java.math.BigDecimal;

/**
 * Totals of the units under one parent (a Kankemenag or a Kanwil).
 *
 * @param parentCode the parent's code, or null for top units
 * @param parentName the parent's name
 * @param programmes how many programmes
 * @param averageTotal the average total
 * @param averagePengungkit the average Pengungkit
 * @param bestTotal the best total
 */
public record OverviewGroup(String parentCode, String parentName, long programmes, BigDecimal averageTotal,
		BigDecimal averagePengungkit, BigDecimal bestTotal) {

}
