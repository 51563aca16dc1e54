package id.ruangzi.pokja.web;

import java.time.LocalDate;

import id.ruangzi.pokja.PokjaPosition;

/**
 * The forms of the team page. Dates, positions and versions arrive as text, so that a
 * typing mistake becomes a field error in the user's language, not a conversion failure.
 */
final class TeamForms {

	private TeamForms() {
	}

	/** The team's decree (SK Tim Kerja): number and date, both optional. */
	record DecreeForm(String decreeNumber, String decreeDate, Long version) {

		LocalDate date() {
			return Dates.parse(this.decreeDate);
		}

	}

	/** A pokja's new name. */
	record RenameForm(String name, Long version) {

	}

	/** Seating a person in a pokja, or moving them to another position. */
	record MemberForm(String username, String position) {

		/** The position, or null when none or an unknown one was chosen. */
		PokjaPosition positionValue() {
			for (PokjaPosition candidate : PokjaPosition.values()) {
				if (candidate.name().equals(this.position)) {
					return candidate;
				}
			}
			return null;
		}

	}

}
