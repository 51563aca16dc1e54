package id.ruangzi.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

	private static final int CHUNK = 500;

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
		// A few statements per chunk of programmes, not per programme: answers and
		// predicates
		// are read for a whole chunk at once.
		for (int from = 0; from < open.size(); from += CHUNK) {
			List<Programme> chunk = open.subList(from, Math.min(open.size(), from + CHUNK));
			Map<Long, List<ItemAnswer>> answers = this.answers
				.findByProgrammeIdIn(chunk.stream().map(Programme::getId).toList())
				.stream()
				.collect(Collectors.groupingBy(ItemAnswer::getProgrammeId));
			Map<Long, String> held = this.organisation
				.heldPredicates(chunk.stream().map(Programme::getUnitId).distinct().toList());
			for (Programme programme : chunk) {
				Worksheet worksheet = ItemAnswer.worksheet(answers.getOrDefault(programme.getId(), List.of()));
				Predicate predicate = Predicate.valueOf(held.getOrDefault(programme.getUnitId(), "NONE"));
				ScoreReport report = this.templates.engine(programme.getTemplateId()).score(worksheet, predicate);
				this.history.snapshot(programme.getId(), report);
			}
		}
		log.info("Daily score snapshots written for {} programmes", open.size());
	}

}
