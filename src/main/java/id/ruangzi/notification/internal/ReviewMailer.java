package id.ruangzi.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.notification.MailKind;
import id.ruangzi.notification.MailSettings;
import id.ruangzi.organisation.OrganisationApi;
import id.ruangzi.organisation.UnitSummary;
import id.ruangzi.review.ReviewClosed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails the unit's staff (everyone with a role on the unit, as {@link ReviewNotifier}
 * does for the bell) when a supervisor returns the programme for revision or completes
 * the review. Runs after the review committed; a retried event sends nothing twice on the
 * same day.
 */
@Component
public class ReviewMailer {

	private final IdentityApi identity;

	private final OrganisationApi organisation;

	private final MailPreferences preferences;

	private final Mailer mailer;

	private final Clock clock;

	ReviewMailer(IdentityApi identity, OrganisationApi organisation, MailPreferences preferences, Mailer mailer,
			Clock clock) {
		this.identity = identity;
		this.organisation = organisation;
		this.preferences = preferences;
		this.mailer = mailer;
		this.clock = clock;
	}

	@ApplicationModuleListener
	public void on(ReviewClosed event) {
		if (!this.mailer.enabled()) {
			return;
		}
		MailKind kind = "RETURNED".equals(event.outcome()) ? MailKind.REVISION_REQUESTED : MailKind.REVIEW_COMPLETED;
		String unit = this.organisation.findUnits(List.of(event.unitId()))
			.stream()
			.map(UnitSummary::name)
			.findFirst()
			.orElse("");
		List<Person> staff = this.identity.peopleOfUnit(event.unitId());
		Map<Long, MailSettings> settings = this.preferences.of(staff.stream().map(Person::id).toList());
		LocalDate today = LocalDate.now(this.clock);
		String path = "/programmes/" + event.programmeId() + "/review";
		for (Person person : staff) {
			this.mailer.send(person, settings.get(person.id()),
					new Mailer.Mail(kind, event.programmeId(), today, "notification/mail/review",
							Map.of("unitName", unit, "round", event.round(), "path", path),
							new Object[] { unit, event.round() }));
		}
	}

}
