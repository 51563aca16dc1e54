package id.ruangzi.shared.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers small, immutable lookups for the length of one web request: a page asks for
 * the same unit or the same pokja areas from several services (each checks rights on its
 * own), and without this each ask is a statement. Outside a request (scheduled jobs,
 * tests calling services) nothing is remembered. Entities whose rows feed a memo call
 * {@link #forget} when they change, so a request that writes then reads sees its write.
 */
public final class RequestMemo {

	private static final String PREFIX = RequestMemo.class.getName() + ".";

	private RequestMemo() {
	}

	/**
	 * @param memo the memo's name
	 * @param key the key
	 * @param loader loads the value when this request has not asked yet
	 * @return the value
	 */
	public static <K, V> V get(String memo, K key, Function<K, V> loader) {
		Map<K, V> values = values(memo);
		if (values == null) {
			return loader.apply(key);
		}
		V value = values.get(key);
		if (value == null) {
			value = loader.apply(key);
			values.put(key, value);
		}
		return value;
	}

	/**
	 * Several values by id, loading only those this request has not asked for, in one
	 * call.
	 * @param memo the memo's name
	 * @param ids the ids
	 * @param loader loads the missing ones at once
	 * @param idOf the id of a loaded value
	 * @return the values found, in no particular order
	 */
	public static <V> List<V> all(String memo, Collection<Long> ids, Function<Set<Long>, List<V>> loader,
			ToLongFunction<V> idOf) {
		Map<Long, V> values = values(memo);
		if (values == null) {
			return loader.apply(Set.copyOf(ids));
		}
		Set<Long> missing = ids.stream().filter((id) -> !values.containsKey(id)).collect(Collectors.toSet());
		if (!missing.isEmpty()) {
			loader.apply(missing).forEach((value) -> values.put(idOf.applyAsLong(value), value));
		}
		return ids.stream().distinct().map(values::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * Drops what this request remembers under a name.
	 * @param memo the memo's name
	 */
	public static void forget(String memo) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.removeAttribute(PREFIX + memo, RequestAttributes.SCOPE_REQUEST);
		}
	}

	@SuppressWarnings("unchecked")
	private static <K, V> Map<K, V> values(String memo) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return null;
		}
		Object values = attributes.getAttribute(PREFIX + memo, RequestAttributes.SCOPE_REQUEST);
		if (values == null) {
			values = new HashMap<K, V>();
			attributes.setAttribute(PREFIX + memo, values, RequestAttributes.SCOPE_REQUEST);
		}
		return (Map<K, V>) values;
	}

}
