package id.ruangzi.assessment.web;

import java.util.LinkedHashMap;
import java.util.Map;

import id.ruangzi.assessment.AnswerService;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.AssessmentSheet;
import id.ruangzi.assessment.EvidenceCounts;
import id.ruangzi.assessment.InvalidAnswerException;
import id.ruangzi.assessment.StaleAnswerException;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.ScoreReport.ItemScore;
import id.ruangzi.assessment.scoring.SubIndicator;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.Flash;
import id.ruangzi.shared.web.ForbiddenException;
import id.ruangzi.shared.web.InvalidInputException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The self-assessment (penilaian mandiri) pages: one per area and one for Hasil, each
 * item a small form saved on change with htmx, or as a plain form post without
 * JavaScript. Saving goes through {@link AnswerService}, like the API.
 */
@Controller
class SelfAssessmentController {

	private final AssessmentApi assessment;

	private final AnswerService answers;

	private final ObjectProvider<EvidenceCounts> evidence;

	SelfAssessmentController(AssessmentApi assessment, AnswerService answers, ObjectProvider<EvidenceCounts> evidence) {
		this.assessment = assessment;
		this.answers = answers;
		this.evidence = evidence;
	}

	@GetMapping("/programmes/{id}/areas/{code}")
	String area(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String code,
			Model model) {
		if (SheetView.HASIL.equals(code) || !SheetView.isSection(code)) {
			throw new NotFoundException("area " + code);
		}
		return page(user, id, code, model);
	}

	@GetMapping("/programmes/{id}/hasil")
	String hasil(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page(user, id, SheetView.HASIL, model);
	}

	@PostMapping("/programmes/{id}/items/{itemCode}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String itemCode,
			@RequestParam Map<String, String> parameters,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		AssessmentSheet sheet = this.assessment.sheet(user, id);
		Item item = sheet.template().item(itemCode).orElseThrow(() -> new NotFoundException("item " + itemCode));
		if (!sheet.scope().covers(item.area())) {
			throw new ForbiddenException("edit item " + itemCode + " of programme " + id);
		}
		ItemForm form = ItemForm.of(parameters);
		ItemCard card;
		try {
			this.answers.save(user, id, itemCode, form.toAnswer(item), form.note(), parameters.get("seen"));
			sheet = this.assessment.sheet(user, id);
			card = card(sheet, item).saved(SheetView.section(sheet, SheetView.sectionOf(item)));
		}
		catch (ItemForm.Problem ex) {
			card = card(sheet, item).refused(form, ex.messageKey(), ex.arguments());
		}
		catch (InvalidAnswerException ex) {
			card = card(sheet, item).refused(form, "assessment.answerError." + ex.error().kind(),
					ex.error().args().toArray());
		}
		catch (InvalidInputException ex) {
			card = card(sheet, item).refused(form, "assessment.item.invalid", ex.getMessage());
		}
		catch (StaleAnswerException ex) {
			// Show what the other person stored, so the user can decide and save again.
			card = card(this.assessment.sheet(user, id), item).stale();
		}
		catch (ConflictException ex) {
			card = card(sheet, item).refused(form, "assessment.item.closed");
		}
		catch (OptimisticLockingFailureException ex) {
			card = card(sheet, item).refused(form, "assessment.item.stale");
		}
		String section = SheetView.sectionOf(item);
		if (htmx == null) {
			if (card.error()) {
				Flash.error(redirect, card.messageKey(), card.messageArgs());
			}
			else {
				Flash.success(redirect, card.messageKey(), card.messageArgs());
			}
			return "redirect:" + path(id, section) + "#item-" + itemCode;
		}
		SubIndicator subIndicator = SheetView.subIndicatorOf(sheet, item);
		model.addAttribute("sheet", sheet);
		model.addAttribute("card", card);
		model.addAttribute("subIndicator", subIndicator);
		model.addAttribute("subScores", SheetView.subIndicatorScores(sheet.score()));
		model.addAttribute("section", SheetView.section(sheet, section));
		model.addAttribute("evidenceCounts", evidenceCounts(id));
		return "assessment/sheet/item :: saved";
	}

	private String page(CurrentUser user, long id, String code, Model model) {
		AssessmentSheet sheet = this.assessment.sheet(user, id);
		Map<String, ItemScore> scores = SheetView.itemScores(sheet.score());
		Map<String, ItemCard> cards = new LinkedHashMap<>();
		for (Item item : SheetView.items(sheet, code)) {
			cards.put(item.code(), ItemCard.stored(sheet, item, scores.get(item.code())));
		}
		model.addAttribute("sheet", sheet);
		model.addAttribute("programme", sheet.programme());
		model.addAttribute("section", SheetView.section(sheet, code));
		model.addAttribute("sections", SheetView.sections(sheet));
		model.addAttribute("parts", SheetView.parts(sheet, code));
		model.addAttribute("subScores", SheetView.subIndicatorScores(sheet.score()));
		model.addAttribute("cards", cards);
		model.addAttribute("evidenceCounts", evidenceCounts(id));
		return "assessment/sheet/section";
	}

	private Map<String, Long> evidenceCounts(long programmeId) {
		EvidenceCounts counts = this.evidence.getIfAvailable();
		return (counts != null) ? counts.countsByItem(programmeId) : Map.of();
	}

	private static ItemCard card(AssessmentSheet sheet, Item item) {
		return ItemCard.stored(sheet, item, SheetView.itemScores(sheet.score()).get(item.code()));
	}

	static String path(long id, String section) {
		return "/programmes/" + id + (SheetView.HASIL.equals(section) ? "/hasil" : "/areas/" + section);
	}

}
