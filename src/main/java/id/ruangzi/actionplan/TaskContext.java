package id.ruangzi.actionplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.ruangzi.actionplan.internal.DraftRules;
import id.ruangzi.assessment.AssessmentApi;
import id.ruangzi.assessment.EditScope;
import id.ruangzi.assessment.ProgrammeView;
import id.ruangzi.assessment.scoring.Item;
import id.ruangzi.assessment.scoring.LkeTemplate;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.identity.IdentityApi;
import id.ruangzi.identity.Person;
import id.ruangzi.pokja.PokjaApi;
import id.ruangzi.pokja.PokjaView;

/**
 * What validating a change needs, each part read at most once, so creating many tasks
 * costs no more lookups than creating one.
 */
final class TaskContext {

	private final AssessmentApi assessment;

	private final PokjaApi pokjaApi;

	private final IdentityApi identity;

	private final CurrentUser user;

	private final ProgrammeView programme;

	private final EditScope scope;

	private final LocalDate today;

	private Map<Long, PokjaView> pokjaById;

	private List<Person> people;

	private LkeTemplate template;

	TaskContext(AssessmentApi assessment, PokjaApi pokjaApi, IdentityApi identity, CurrentUser user,
			ProgrammeView programme, EditScope scope, LocalDate today) {
		this.assessment = assessment;
		this.pokjaApi = pokjaApi;
		this.identity = identity;
		this.user = user;
		this.programme = programme;
		this.scope = scope;
		this.today = today;
	}

	CurrentUser user() {
		return this.user;
	}

	EditScope scope() {
		return this.scope;
	}

	LocalDate today() {
		return this.today;
	}

	Map<Long, PokjaView> pokja() {
		if (this.pokjaById == null) {
			this.pokjaById = this.pokjaApi.pokjaOf(this.programme.id())
				.stream()
				.collect(Collectors.toMap(PokjaView::id, Function.identity()));
		}
		return this.pokjaById;
	}

	List<Person> people() {
		if (this.people == null) {
			this.people = this.identity.peopleOfUnit(this.programme.unitId());
		}
		return this.people;
	}

	LkeTemplate template() {
		if (this.template == null) {
			this.template = this.assessment.sheet(this.user, this.programme.id()).template();
		}
		return this.template;
	}

	/**
	 * The LKE items of the given codes, which must be of the area when one is given.
	 * @return the item codes, sorted, or the rejections in {@code rules}
	 */
	List<String> items(DraftRules rules, List<String> codes, String area) {
		Set<String> result = new TreeSet<>();
		List<String> given = codes.stream().map(DraftRules::blankToNull).filter(Objects::nonNull).toList();
		if (given.isEmpty()) {
			return List.of();
		}
		LkeTemplate template = template();
		for (String code : given) {
			Item item = template.item(code).orElse(null);
			if (item == null) {
				rules.reject("itemCodes", "actionplan.task.error.item", "no item " + code + " in the LKE", code);
			}
			else if (area != null && (item.area() == null || !item.area().name().equals(area))) {
				rules.reject("itemCodes", "actionplan.task.error.itemArea", code + " is not of area " + area, code,
						area);
			}
			else {
				result.add(item.code());
			}
		}
		return List.copyOf(result);
	}

	/**
	 * The person in charge: someone with a role in the programme's unit.
	 * @return their ID, null for none or a rejection in {@code rules}
	 */
	Long pic(DraftRules rules, String username) {
		String value = DraftRules.blankToNull(username);
		if (value == null) {
			return null;
		}
		return people().stream()
			.filter((person) -> person.username().equalsIgnoreCase(value))
			.map(Person::id)
			.findFirst()
			.orElseGet(() -> {
				rules.reject("picUsername", "actionplan.task.error.pic", value + " holds no role in the unit", value);
				return null;
			});
	}

}
