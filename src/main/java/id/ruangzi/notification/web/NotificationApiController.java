package id.ruangzi.notification.web;

import id.ruangzi.identity.CurrentUser;
import id.ruangzi.notification.NotificationApi;
import id.ruangzi.notification.NotificationView;
import id.ruangzi.shared.api.PageRequests;
import id.ruangzi.shared.api.PageResponse;

import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's notifications as JSON, newest first.
 */
@RestController
@RequestMapping("/api/v1/me/notifications")
class NotificationApiController {

	private final NotificationApi notifications;

	NotificationApiController(NotificationApi notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	PageResponse<NotificationView> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageResponse.of(this.notifications.page(user, PageRequests.of(page, size, Sort.unsorted())));
	}

	@GetMapping("/unread-count")
	UnreadCount unreadCount(@AuthenticationPrincipal CurrentUser user) {
		return new UnreadCount(this.notifications.unreadCount(user));
	}

	record UnreadCount(long unread) {
	}

}
