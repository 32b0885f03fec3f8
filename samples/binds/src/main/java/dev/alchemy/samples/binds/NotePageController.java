package dev.alchemy.samples.binds;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.alchemy.samples.binds.auth.AccountRepository;

/**
 * The notes page: the latest notes with their authors, the form to write one, and the
 * latest entries of the audit log. One page, three databases.
 */
@Controller
class NotePageController {

	private final NoteService notes;

	private final AccountRepository accounts;

	private final AuditEntryRepository auditEntries;

	NotePageController(NoteService notes, AccountRepository accounts, AuditEntryRepository auditEntries) {
		this.notes = notes;
		this.accounts = accounts;
		this.auditEntries = auditEntries;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/notes";
	}

	@GetMapping("/notes")
	ModelAndView list() {
		return page(new NewNote(null, null, null), null, HttpStatus.OK);
	}

	@PostMapping("/notes")
	ModelAndView write(@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String body,
			@RequestParam(required = false) @Nullable Long authorId) {
		NewNote input = new NewNote(title, body, authorId);
		String problem = input.problem();
		if (problem != null) {
			return page(input, problem, HttpStatus.BAD_REQUEST);
		}
		try {
			this.notes.write(input);
		}
		catch (UnknownAuthorException ex) {
			return page(input, ex.getMessage(), HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:/notes");
	}

	private ModelAndView page(NewNote input, @Nullable String error, HttpStatus status) {
		ModelAndView page = new ModelAndView("notes/list", status);
		page.addObject("notes", this.notes.latest());
		page.addObject("accounts", this.accounts.findAllByOrderByUsername());
		page.addObject("auditEntries", this.auditEntries.findTop10ByOrderByIdDesc());
		page.addObject("input", input);
		page.addObject("error", error);
		return page;
	}

}
