package id.ruangzi.notification.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.ruangzi.identity.IdentityApi;
import id.ruangzi.notification.MailKind;
import id.ruangzi.notification.MailSettings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who turned which e-mail off, and in which language they read them. Absent rows mean
 * every kind on, in Indonesian.
 */
@Service
@Transactional(readOnly = true)
public class MailPreferences {

	private final JdbcClient jdbc;

	private final IdentityApi identity;

	MailPreferences(JdbcClient jdbc, IdentityApi identity) {
		this.jdbc = jdbc;
		this.identity = identity;
	}

	/**
	 * @param userId a person
	 * @return whether they have an e-mail address to write to
	 */
	public boolean hasAddress(long userId) {
		return this.identity.people(List.of(userId))
			.stream()
			.anyMatch((person) -> person.email() != null && !person.email().isBlank());
	}

	/**
	 * @param userId a person
	 * @return their settings
	 */
	public MailSettings of(long userId) {
		return of(List.of(userId)).get(userId);
	}

	/**
	 * The settings of many people in one statement.
	 * @param userIds people
	 * @return the settings of each of them
	 */
	public Map<Long, MailSettings> of(Collection<Long> userIds) {
		Map<Long, Set<MailKind>> enabled = new HashMap<>();
		Map<Long, String> languages = new HashMap<>();
		for (Long id : userIds) {
			enabled.put(id, EnumSet.allOf(MailKind.class));
		}
		if (!userIds.isEmpty()) {
			this.jdbc.sql("""
					select user_id, kind, null as language from mail_preference
					where user_id in (:ids) and not enabled
					union all
					select user_id, null, language from mail_language where user_id in (:ids)
					""").param("ids", userIds).query((rs) -> {
				long id = rs.getLong(1);
				if (rs.getString(2) != null) {
					enabled.get(id).remove(MailKind.valueOf(rs.getString(2)));
				}
				else {
					languages.put(id, rs.getString(3));
				}
			});
		}
		Map<Long, MailSettings> result = new HashMap<>();
		enabled.forEach((id, kinds) -> result.put(id,
				new MailSettings(Set.copyOf(kinds), languages.getOrDefault(id, MailSettings.DEFAULT_LANGUAGE))));
		return result;
	}

	/**
	 * Stores a person's choice, replacing the earlier one.
	 * @param userId the person
	 * @param enabled the kinds they want
	 * @param language {@code id} or {@code en}
	 */
	@Transactional
	public void save(long userId, Set<MailKind> enabled, String language) {
		for (MailKind kind : MailKind.values()) {
			this.jdbc.sql("""
					insert into mail_preference (user_id, kind, enabled) values (:user, :kind, :enabled)
					on conflict (user_id, kind) do update set enabled = excluded.enabled, updated_at = now()
					""")
				.param("user", userId)
				.param("kind", kind.name())
				.param("enabled", enabled.contains(kind))
				.update();
		}
		this.jdbc.sql("""
				insert into mail_language (user_id, language) values (:user, :language)
				on conflict (user_id) do update set language = excluded.language, updated_at = now()
				""").param("user", userId).param("language", language).update();
	}

}
