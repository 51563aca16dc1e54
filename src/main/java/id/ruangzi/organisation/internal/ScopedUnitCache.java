package id.ruangzi.organisation.internal;

import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.ruangzi.organisation.UnitListing;
import id.ruangzi.organisation.UnitScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The units of a scope as the supervisor overview lists them (a country is 10,000 rows,
 * 18 ms of PostgreSQL and as much again to build them on every page), kept in memory per
 * scope and version of the unit tree. The version is a row that a commit-time trigger
 * raises once per transaction that changed any unit (V97), so every instance of the app
 * reads one small row per call and sees a change as soon as it is committed.
 * <p>
 * Only read-only transactions use the cache: they see committed rows only, so a version
 * read before the list matches a tree at least as new. A transaction that writes units
 * (an import that lists what it created) reads the table, since its own changes are not
 * counted in the version before it commits.
 */
@Component
public class ScopedUnitCache {

	// Listings, not scopes: a national list weighs 10,000, a madrasah's 1. About 200
	// bytes each, so at most some 40 MB.
	private static final long MAX_LISTINGS = 200_000;

	private final Cache<Key, List<UnitListing>> lists = Caffeine.newBuilder()
		.maximumWeight(MAX_LISTINGS)
		.weigher((Key key, List<UnitListing> list) -> list.size() + 1)
		.build();

	private final JdbcClient jdbc;

	ScopedUnitCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param scope what the user may see
	 * @param underPath the subtree's path, "/" for the whole scope
	 * @param read reads the list from the database
	 * @return the list, unmodifiable
	 */
	public List<UnitListing> get(UnitScope scope, String underPath, Supplier<List<UnitListing>> read) {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return List.copyOf(read.get());
		}
		long version = this.jdbc.sql("select version from unit_tree_version").query(Long.class).single();
		return this.lists.get(new Key(version, scope, underPath), (key) -> List.copyOf(read.get()));
	}

	private record Key(long version, UnitScope scope, String underPath) {
	}

}
