package id.ruangzi.actionplan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.ruangzi.pokja.PokjaView;

/**
 * A pokja's tasks in one column per status.
 *
 * @param pokja the pokja
 * @param columns every status, in board order, with its tasks by due date
 */
public record TaskBoard(PokjaView pokja, Map<TaskStatus, List<TaskView>> columns) {

	public TaskBoard {
		Map<TaskStatus, List<TaskView>> all = new EnumMap<>(TaskStatus.class);
		for (TaskStatus status : TaskStatus.values()) {
			all.put(status, List.copyOf(columns.getOrDefault(status, List.of())));
		}
		columns = all;
	}

	/** How many tasks of the board are overdue. */
	public long overdue() {
		return this.columns.values().stream().flatMap(List::stream).filter(TaskView::overdue).count();
	}

}
