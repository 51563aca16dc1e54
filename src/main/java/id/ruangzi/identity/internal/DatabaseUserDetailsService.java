package id.ruangzi.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	DatabaseUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsernameIgnoreCase(username)
			.map(UserAccount::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
	}

}
