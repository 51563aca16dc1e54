package id.ruangzi.identity.web;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;

import id.ruangzi.identity.internal.LoginLockout;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
		if (error != null) {
			Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			Instant until = LoginLockout.until(failure);
			if (until != null) {
				long minutes = Math.max(1, Duration.between(Instant.now(), until).toSeconds() / 60 + 1);
				model.addAttribute("lockedMinutes", minutes);
			}
			model.addAttribute("loginFailed", true);
		}
		return "login";
	}

}
