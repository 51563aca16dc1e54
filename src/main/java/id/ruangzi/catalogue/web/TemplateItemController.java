package id.ruangzi.catalogue.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.ruangzi.catalogue.CatalogueApi;
import id.ruangzi.catalogue.ItemChange;
import id.ruangzi.catalogue.TemplateData.ItemData;
import id.ruangzi.catalogue.TemplateData.SubIndicatorData;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.ConflictException;
import id.ruangzi.shared.web.Flash;
import id.ruangzi.shared.web.InvalidInputException;
import id.ruangzi.shared.web.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing one item of a template version that no programme uses yet: criterion, typical
 * evidence, option texts and values, and the sub-indicator's weight.
 */
@Controller
@RequestMapping("/admin/templates/{id}/items/{code}")
class TemplateItemController {

	private final CatalogueApi catalogue;

	TemplateItemController(CatalogueApi catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String code,
			Model model) {
		model.addAttribute("summary", this.catalogue.summary(user, id));
		SubIndicatorData sub = subIndicatorOf(id, code);
		model.addAttribute("subIndicator", sub);
		model.addAttribute("item", sub.items().stream().filter((item) -> item.code().equals(code)).findFirst().get());
		return "catalogue/templates/item";
	}

	@PostMapping
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String code,
			ItemForm form, RedirectAttributes redirect) {
		try {
			this.catalogue.updateItem(user, id, code,
					new ItemChange(form.question(), form.typicalEvidence(), form.subIndicatorWeight(),
							(form.optionLabels() != null) ? form.optionLabels() : List.of(),
							(form.optionValues() != null) ? form.optionValues() : new ArrayList<>()));
			Flash.success(redirect, "catalogue.item.saved", code);
			return "redirect:/admin/templates/" + id;
		}
		catch (InvalidInputException | ConflictException ex) {
			Flash.error(redirect, "catalogue.item.refused", ex.getMessage());
			return "redirect:/admin/templates/" + id + "/items/" + code;
		}
	}

	private SubIndicatorData subIndicatorOf(long id, String code) {
		return this.catalogue.template(id)
			.subIndicators()
			.stream()
			.filter((sub) -> sub.items().stream().map(ItemData::code).anyMatch(code::equals))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("item " + code));
	}

	record ItemForm(String question, String typicalEvidence, BigDecimal subIndicatorWeight, List<String> optionLabels,
			List<BigDecimal> optionValues) {
	}

}
