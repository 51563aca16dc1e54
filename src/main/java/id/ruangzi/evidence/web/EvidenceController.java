package id.ruangzi.evidence.web;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import id.ruangzi.evidence.EvidenceApi;
import id.ruangzi.evidence.EvidenceKind;
import id.ruangzi.evidence.EvidenceRefusedException;
import id.ruangzi.evidence.EvidenceView;
import id.ruangzi.evidence.FileUpload;
import id.ruangzi.evidence.UploadResult;
import id.ruangzi.identity.CurrentUser;
import id.ruangzi.shared.web.Flash;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evidence pages: a programme's evidence with the upload form, one record with its
 * revisions and preview, and downloads. Several files may come in one request (the plain
 * form) or one per request (evidence-upload.js, which asks for JSON to show per-file
 * results); each file is judged on its own.
 */
@Controller
class EvidenceController {

	private final EvidenceApi evidence;

	private final MessageSource messages;

	EvidenceController(EvidenceApi evidence, MessageSource messages) {
		this.evidence = evidence;
		this.messages = messages;
	}

	@GetMapping("/programmes/{id}/evidence")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String item, @RequestParam(required = false) Long task, Model model) {
		model.addAttribute("page", this.evidence.page(user, id, item, task));
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("maxMegabytes", this.evidence.maxBytes() / (1024 * 1024));
		return "evidence/list";
	}

	@PostMapping("/programmes/{id}/evidence")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute EvidenceForm form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		List<Outcome> outcomes = new ArrayList<>();
		List<MultipartFile> chosen = chosen(files);
		if (chosen.isEmpty()) {
			outcomes.add(attempt(() -> this.evidence.create(user, id, form.toDraft(), null)));
		}
		for (MultipartFile file : chosen) {
			outcomes.add(attempt(() -> this.evidence.create(user, id, form.toDraft(), upload(file))));
		}
		redirect.addFlashAttribute("outcomes", outcomes);
		return "redirect:" + listPath(id, form);
	}

	@PostMapping(path = "/programmes/{id}/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<java.util.Map<String, Object>> uploadJson(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute EvidenceForm form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		List<MultipartFile> chosen = chosen(files);
		List<Outcome> outcomes = chosen.isEmpty()
				? List.of(attempt(() -> this.evidence.create(user, id, form.toDraft(), null)))
				: chosen.stream()
					.map((file) -> attempt(() -> this.evidence.create(user, id, form.toDraft(), upload(file))))
					.toList();
		return outcomes.stream()
			.map((o) -> java.util.Map.<String, Object>of("ok", o.ok(), "message",
					this.messages.getMessage(o.messageKey(), o.arguments(), LocaleContextHolder.getLocale()), "warning",
					(o.duplicateKey() != null) ? this.messages.getMessage(o.duplicateKey(),
							new Object[] { o.duplicateOf() }, LocaleContextHolder.getLocale()) : ""))
			.toList();
	}

	@GetMapping("/evidence/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("detail", this.evidence.detail(user, id));
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("maxMegabytes", this.evidence.maxBytes() / (1024 * 1024));
		return "evidence/show";
	}

	@PostMapping("/evidence/{id}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute EvidenceForm form,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			EvidenceView saved = this.evidence.edit(user, id, form.toDraft(), version);
			Flash.success(redirect, "evidence.edited", saved.title());
		}
		catch (EvidenceRefusedException ex) {
			redirect.addFlashAttribute("outcomes", List.of(Outcome.refused(ex)));
		}
		return "redirect:/evidence/" + id;
	}

	@PostMapping("/evidence/{id}/revisions")
	String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		// No file still goes to the service, which checks scope and rights before
		// refusing it as empty.
		FileUpload upload = (file != null) ? upload(file) : new FileUpload("", InputStream::nullInputStream);
		Outcome outcome = attempt(() -> this.evidence.addRevision(user, id, upload));
		redirect.addFlashAttribute("outcomes", List.of(outcome));
		return "redirect:/evidence/" + id;
	}

	@GetMapping("/evidence/{id}/content")
	ResponseEntity<InputStreamResource> current(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return Downloads.of(this.evidence.currentContent(user, id));
	}

	@GetMapping("/evidence/revisions/{revisionId}/content")
	ResponseEntity<InputStreamResource> revision(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long revisionId) {
		return Downloads.of(this.evidence.revisionContent(user, revisionId));
	}

	/** Back to the list the form came from: of its one task, of its one item, or all. */
	private static String listPath(long programmeId, EvidenceForm form) {
		String list = "/programmes/" + programmeId + "/evidence";
		if (form.taskIds() != null && form.taskIds().size() == 1) {
			return list + "?task=" + form.taskIds().get(0);
		}
		if (form.itemCodes() != null && form.itemCodes().size() == 1) {
			return list + "?item=" + form.itemCodes().get(0);
		}
		return list;
	}

	static FileUpload upload(MultipartFile file) {
		return new FileUpload(file.getOriginalFilename(), file::getInputStream);
	}

	static List<MultipartFile> chosen(List<MultipartFile> files) {
		return (files == null) ? List.of()
				: files.stream().filter((f) -> !(f.isEmpty() && blank(f.getOriginalFilename()))).toList();
	}

	private static boolean blank(String name) {
		return name == null || name.isBlank();
	}

	private static Outcome attempt(java.util.function.Supplier<UploadResult> upload) {
		try {
			return Outcome.of(upload.get());
		}
		catch (EvidenceRefusedException ex) {
			return Outcome.refused(ex);
		}
	}

}
