package id.ruangzi.pokja.web;

import java.time.LocalDate;

/**
 * The forms of the change-agents page, as text so that a typing mistake becomes a field
 * error.
 */
final class AgentForms {

	private AgentForms() {
	}

	/** Appointing a person as change agent by SK. */
	record AppointForm(String username, String decreeNumber, String decreeDate) {

		LocalDate date() {
			return Dates.parse(this.decreeDate);
		}

	}

	/** A change an agent made; {@code integrated} is a checkbox, absent when unticked. */
	record ChangeForm(String title, String changedOn, String integrated, Long version) {

		LocalDate date() {
			return Dates.parse(this.changedOn);
		}

		boolean integratedValue() {
			return "true".equals(this.integrated) || "on".equals(this.integrated);
		}

	}

}
