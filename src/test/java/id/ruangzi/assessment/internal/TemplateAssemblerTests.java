package id.ruangzi.assessment.internal;

import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeCsv;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.assessment.scoring.Predicate;
import id.ruangzi.catalogue.CatalogueApi;
import id.ruangzi.test.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template the app loads from the database is the regulation's worksheet, item for
 * item.
 */
@IntegrationTest
class TemplateAssemblerTests {

	@Autowired
	CatalogueApi catalogue;

	@Autowired
	TemplateAssembler assembler;

	@Test
	void theStoredTemplateEqualsTheWorksheetItemForItem() {
		LkeTemplate stored = this.assembler.engine(this.catalogue.currentTemplateId()).template();
		LkeTemplate worksheet = LkeCsv.readPermenPanRb90();
		assertThat(stored.items()).hasSize(113);
		for (Item expected : worksheet.items()) {
			Item actual = stored.item(expected.code()).orElseThrow();
			assertThat(actual.weight()).as(expected.code()).isEqualByComparingTo(expected.weight());
			assertThat(actual.answerType()).isEqualTo(expected.answerType());
			assertThat(actual.area()).isEqualTo(expected.area());
			assertThat(actual.subComponent()).isEqualTo(expected.subComponent());
			assertThat(actual.options()).as(expected.code()).hasSameSizeAs(expected.options());
			for (int i = 0; i < expected.options().size(); i++) {
				assertThat(actual.options().get(i).letter()).isEqualTo(expected.options().get(i).letter());
				assertThat(actual.options().get(i).text()).isEqualTo(expected.options().get(i).text());
				assertThat(actual.options().get(i).value()).isEqualByComparingTo(expected.options().get(i).value());
			}
			assertThat(actual.inputs()).isEqualTo(expected.inputs());
		}
		for (Predicate predicate : new Predicate[] { Predicate.WBK, Predicate.WBBM }) {
			assertThat(stored.gates(predicate)).isEqualTo(worksheet.gates(predicate));
		}
	}

}
