package id.ruangzi.actionplan;

import java.util.List;

/**
 * A typical ZI action of one area, drawn from the evidence column of the LKE: one
 * evidence example with the items that ask for it.
 *
 * @param key what the form sends back to pick it ("A-3")
 * @param areaCode its area
 * @param title the task it becomes
 * @param itemCodes the items it is evidence for
 * @param taken whether the programme already has a task with this title
 */
public record TemplateLine(String key, String areaCode, String title, List<String> itemCodes, boolean taken) {

	public TemplateLine {
		itemCodes = List.copyOf(itemCodes);
	}

}
