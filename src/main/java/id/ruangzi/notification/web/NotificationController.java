package id.ruangzi.notification.web;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.notification.NotificationApi;
import id.ruangzi.shared.api.PageRequests;
import id.ruangzi.shared.web.Flash;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bell's count, the list of one's notifications, opening one, marking all read, and
 * the follow button of an item's thread on the review page.
 */
@Controller
class NotificationController {

	static final int PAGE_SIZE = 20;

	private final NotificationApi notifications;

	NotificationController(NotificationApi notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.notifications.page(user, PageRequests.of(page, PAGE_SIZE, Sort.unsorted())));
		return "notification/list";
	}

	// Loaded by htmx from the navbar, so ordinary pages keep their statement count.
	@GetMapping("/notifications/count")
	String count(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("unread", this.notifications.unreadCount(user));
		return "notification/fragments :: count";
	}

	@GetMapping("/notifications/{id}")
	String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return "redirect:" + this.notifications.open(user, id);
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Flash.success(redirect, "notification.allRead", this.notifications.markAllRead(user));
		return "redirect:/notifications";
	}

	@GetMapping("/programmes/{id}/items/{itemCode}/follow")
	String followButton(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String itemCode,
			Model model) {
		return button(model, id, itemCode, this.notifications.follows(user, id, itemCode));
	}

	@PostMapping("/programmes/{id}/items/{itemCode}/follow")
	String follow(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String itemCode,
			@RequestParam(defaultValue = "true") boolean follow,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		this.notifications.follow(user, id, itemCode, follow);
		if (htmx != null) {
			return button(model, id, itemCode, follow);
		}
		Flash.success(redirect, follow ? "notification.followed" : "notification.unfollowed", itemCode);
		return "redirect:/programmes/" + id + "/review#thread-" + itemCode;
	}

	private static String button(Model model, long programmeId, String itemCode, boolean following) {
		model.addAttribute("programmeId", programmeId);
		model.addAttribute("itemCode", itemCode);
		model.addAttribute("following", following);
		return "notification/fragments :: follow";
	}

}
