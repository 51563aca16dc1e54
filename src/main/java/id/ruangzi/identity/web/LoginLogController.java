package id.ruangzi.identity.web;

import id.ruangzi.identity.internal.LoginLog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators see every login success and failure (time, username, address).
 */
@Controller
class LoginLogController {

	private final LoginLog log;

	LoginLogController(LoginLog log) {
		this.log = log;
	}

	@GetMapping("/admin/login-log")
	String loginLog(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("entries", this.log.page(username, page));
		model.addAttribute("username", username);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("pageSize", LoginLog.PAGE_SIZE);
		return "admin/login-log";
	}

}
