package id.ruangzi.assessment.internal;

import java.util.List;

import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.assessment.scoring.ScoreReport;
import id.ruangzi.assessment.scoring.Worksheet;
import id.ruangzi.organisation.OrganisationApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes each open programme's scores for the day, also on days nobody answered anything,
 * so the progress chart has a point per day. Answers already rewrite today's row, and the
 * write is an upsert, so running it twice or on two instances does no harm.
 */
@Component
public class DailySnapshots {

	private static final Logger log = LoggerFactory.getLogger(DailySnapshots.class);

	private final ProgrammeRepository programmes;

	private final ItemAnswerRepository answers;

	private final TemplateAssembler templates;

	private final OrganisationApi organisation;

	private final AnswerHistory history;

	DailySnapshots(ProgrammeRepository programmes, ItemAnswerRepository answers, TemplateAssembler templates,
			OrganisationApi organisation, AnswerHistory history) {
		this.programmes = programmes;
		this.answers = answers;
		this.templates = templates;
		this.organisation = organisation;
		this.history = history;
	}

	// Shortly after midnight in Jakarta, so the day's point exists before anyone looks.
	@Scheduled(cron = "0 15 0 * * *", zone = "Asia/Jakarta")
	@Transactional
	public void snapshotAll() {
		List<Programme> open = this.programmes.findAll()
			.stream()
			.filter((programme) -> !programme.getStage().name().startsWith("DITETAPKAN"))
			.toList();
		for (Programme programme : open) {
			Worksheet worksheet = ItemAnswer.worksheet(this.answers.findByProgrammeId(programme.getId()));
			Predicate held = Predicate.valueOf(this.organisation.heldPredicate(programme.getUnitId()));
			ScoreReport report = this.templates.engine(programme.getTemplateId()).score(worksheet, held);
			this.history.snapshot(programme.getId(), report);
		}
		log.info("Daily score snapshots written for {} programmes", open.size());
	}

}
