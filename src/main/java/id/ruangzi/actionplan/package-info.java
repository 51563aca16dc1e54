/**
 * The action plan (rencana aksi) of a programme: tasks per area and pokja with a person
 * in charge, dates, status and progress, their comments, and the typical ZI actions a
 * unit can start from. {@link id.ruangzi.actionplan.TaskService} is the facade; the same
 * edit scope as the LKE items decides who may change what.
 */
package id.ruangzi.actionplan;
