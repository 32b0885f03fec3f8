package dev.alchemy.samples.binds;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.alchemy.Db;
import dev.alchemy.samples.binds.auth.Account;

/**
 * The notes' JSON API. Errors are Problem Details (RFC 9457) bodies.
 */
@RestController
@RequestMapping("/api/notes")
class NoteApiController {

	private final Db db;

	private final NoteService notes;

	NoteApiController(Db db, NoteService notes) {
		this.db = db;
		this.notes = notes;
	}

	@GetMapping
	List<NoteJson> list() {
		return this.notes.latest().stream().map(NoteJson::of).toList();
	}

	@PostMapping
	ResponseEntity<?> write(@RequestBody NewNote input) {
		String problem = input.problem();
		if (problem != null) {
			return badRequest(problem);
		}
		Note note;
		try {
			note = this.notes.write(input);
		}
		catch (UnknownAuthorException ex) {
			return badRequest(ex.getMessage());
		}
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/notes/{id}")
			.buildAndExpand(note.getId())
			.toUri();
		return ResponseEntity.created(location).body(NoteJson.of(withAuthor(note)));
	}

	/**
	 * One note. The session finds the note in the default database and its author in
	 * {@code auth}: it routes each entity type to its bind.
	 */
	@GetMapping("/{id:[0-9]{1,18}}")
	NoteJson detail(@PathVariable long id) {
		return NoteJson.of(withAuthor(this.db.getOr404(Note.class, id)));
	}

	private NoteView withAuthor(Note note) {
		Account author = this.db.session().get(Account.class, note.getAuthorId());
		return new NoteView(note,
				(author != null) ? author.getDisplayName() : NoteView.missingAuthor(note.getAuthorId()));
	}

	private static ResponseEntity<ProblemDetail> badRequest(String detail) {
		return ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail)).build();
	}

}
