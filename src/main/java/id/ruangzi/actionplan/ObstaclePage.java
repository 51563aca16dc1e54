package id.ruangzi.actionplan;

import id.ruangzi.assessment.ProgrammeView;

import org.springframework.data.domain.Page;

/**
 * A page of a programme's obstacles: unresolved ones first, the most severe first among
 * them.
 *
 * @param programme the programme
 * @param obstacles the page
 * @param mayCreate whether the user may record an obstacle
 */
public record ObstaclePage(ProgrammeView programme, Page<ObstacleView> obstacles, boolean mayCreate) {

}
