package id.ruangzi.assessment;

import java.util.EnumSet;
import java.util.Set;

import id.ruangzi.assessment.scoring.Area;

/**
 * What a person may change in a programme: everything (unit head, team lead,
 * administrator), the areas of their pokja (a coordinator), or nothing (members, who
 * change only what is assigned to them, and supervisors). The same rule governs LKE
 * items, tasks and evidence.
 *
 * @param everything whether every item, including the Hasil items, is theirs to change
 * @param areas the change areas they may change when not everything
 */
public record EditScope(boolean everything, Set<Area> areas) {

	public EditScope {
		areas = everything ? Set.copyOf(EnumSet.allOf(Area.class)) : Set.copyOf(areas);
	}

	public static EditScope all() {
		return new EditScope(true, Set.of());
	}

	public static EditScope none() {
		return new EditScope(false, Set.of());
	}

	/**
	 * @param area a change area, or null for what belongs to no area (Hasil items, tasks
	 * of the whole programme)
	 * @return whether the person may change it
	 */
	public boolean covers(Area area) {
		return this.everything || (area != null && this.areas.contains(area));
	}

	/**
	 * @param areaCode an area letter A-F, or null or blank for no area
	 * @return whether the person may change it
	 */
	public boolean coversCode(String areaCode) {
		return covers((areaCode == null || areaCode.isBlank()) ? null : Area.valueOf(areaCode.strip()));
	}

	/** Whether the person may change anything at all. */
	public boolean any() {
		return this.everything || !this.areas.isEmpty();
	}

}
