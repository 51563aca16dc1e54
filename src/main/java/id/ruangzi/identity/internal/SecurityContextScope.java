package id.ruangzi.identity.internal;

import java.util.Set;

import id.ruangzi.identity.AccessPolicy;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.organisation.CurrentScope;
import id.ruangzi.organisation.UnitScope;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityContextScope implements CurrentScope {

	private static final UnitScope NOTHING = new UnitScope(false, Set.of(), Set.of());

	private final AccessPolicy policy;

	SecurityContextScope(AccessPolicy policy) {
		this.policy = policy;
	}

	@Override
	public UnitScope units() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return this.policy.scopeOf(user);
		}
		return NOTHING;
	}

}
