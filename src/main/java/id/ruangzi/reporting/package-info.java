/**
 * Reports across modules: the coordinator report (capaian kinerja pokja) today; the
 * dashboards and supervisor overview of issue 7 later. Reads other modules through their
 * facades only.
 */
package id.ruangzi.reporting;
