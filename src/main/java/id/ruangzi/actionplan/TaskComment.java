package id.ruangzi.actionplan;

import java.time.LocalDateTime;

/**
 * A comment on a task.
 *
 * @param id the comment
 * @param authorUsername who wrote it
 * @param authorName their full name
 * @param body the text
 * @param createdAt when, in the application's zone
 */
public record TaskComment(long id, String authorUsername, String authorName, String body, LocalDateTime createdAt) {

}
