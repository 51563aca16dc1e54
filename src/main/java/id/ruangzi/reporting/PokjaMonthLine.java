package id.ruangzi.reporting;

import id.ruangzi.actionplan.PokjaTaskMonth;
import id.ruangzi.assessment.AreaProgress;
import id.ruangzi.pokja.PokjaPosition;
import id.ruangzi.pokja.PokjaView;

/**
 * One pokja in the coordinator report: its tasks and its area's LKE progress in the
 * month.
 *
 * @param pokja the pokja with its members
 * @param tasks its tasks planned, done and overdue
 * @param area its area's items and score
 * @param mine whether the signed-in user sits in it
 */
public record PokjaMonthLine(PokjaView pokja, PokjaTaskMonth tasks, AreaProgress area, boolean mine) {

	/** The pokja's coordinators, by name, for the report's header. */
	public String coordinators() {
		return String.join(", ",
				this.pokja.members()
					.stream()
					.filter((member) -> member.position() == PokjaPosition.KOORDINATOR
							|| member.position() == PokjaPosition.KETUA)
					.map((member) -> member.fullName())
					.toList());
	}

}
