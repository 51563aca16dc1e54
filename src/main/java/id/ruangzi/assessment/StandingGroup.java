package id.ruangzi.assessment;

import java.math.BigDecimal;

/**
 * Totals of one group of a supervisor overview (e.g. the units under one Kankemenag).
 *
 * @param group the group label given in the query
 * @param programmes how many programmes
 * @param averageTotal the average latest total of those with a snapshot, or null
 * @param averagePengungkit the average latest Pengungkit, or null
 * @param bestTotal the best latest total, or null
 */
public record StandingGroup(String group, long programmes, BigDecimal averageTotal, BigDecimal averagePengungkit,
		BigDecimal bestTotal) {

}
