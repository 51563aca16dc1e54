package id.ruangzi.actionplan;

import java.time.LocalDate;

/**
 * Tasks and activities of one programme, summed up for the supervisor overview.
 *
 * @param programmeId the programme
 * @param overdueTasks tasks past their due date and neither done nor cancelled
 * @param lastTouched the latest day a task changed or an activity took place, or null
 */
public record ProgrammeWork(long programmeId, long overdueTasks, LocalDate lastTouched) {

}
