package dev.alchemy.samples.binds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.alchemy.samples.binds.auth.Account;
import dev.alchemy.samples.binds.auth.AccountRepository;

/**
 * Writes and reads notes with Spring Data repositories of three binds.
 */
@Service
public class NoteService {

	private static final int TITLE_IN_AUDIT = 60;

	private final NoteRepository notes;

	private final AccountRepository accounts;

	private final AuditEntryRepository auditEntries;

	NoteService(NoteRepository notes, AccountRepository accounts, AuditEntryRepository auditEntries) {
		this.notes = notes;
		this.accounts = accounts;
		this.auditEntries = auditEntries;
	}

	/**
	 * Write a note (default database) and its audit entry ({@code meta}) in one
	 * transaction. The application's transaction manager spans every bind: if the audit
	 * entry cannot be written, the note is rolled back too.
	 * @param input the note; its {@link NewNote#problem()} must be {@code null}
	 * @return the saved note
	 * @throws UnknownAuthorException if the author has no account
	 */
	@Transactional
	public Note write(NewNote input) {
		// PostgreSQL keeps microseconds: the note answered is then the note stored.
		Note note = input.toNote(Instant.now().truncatedTo(ChronoUnit.MICROS));
		Account author = this.accounts.findById(note.getAuthorId())
			.orElseThrow(() -> new UnknownAuthorException(note.getAuthorId()));
		this.notes.save(note);
		this.auditEntries.save(new AuditEntry("note.created",
				author.getUsername() + " wrote note " + note.getId() + ": " + abbreviate(note.getTitle()),
				note.getCreatedAt()));
		return note;
	}

	/**
	 * The latest notes, newest first, each with its author's display name: the notes from
	 * the default database, then their authors from {@code auth} in one query (no join
	 * crosses two databases).
	 * @return up to 50 notes
	 */
	public List<NoteView> latest() {
		List<Note> latest = this.notes.findTop50ByOrderByCreatedAtDescIdDesc();
		Set<Long> authorIds = latest.stream().map(Note::getAuthorId).collect(Collectors.toSet());
		Map<Long, String> names = this.accounts.findAllById(authorIds)
			.stream()
			.collect(Collectors.toMap(Account::getId, Account::getDisplayName));
		return latest.stream()
			.map((note) -> new NoteView(note,
					names.getOrDefault(note.getAuthorId(), NoteView.missingAuthor(note.getAuthorId()))))
			.toList();
	}

	private static String abbreviate(String title) {
		if (title.codePointCount(0, title.length()) <= TITLE_IN_AUDIT) {
			return title;
		}
		return title.substring(0, title.offsetByCodePoints(0, TITLE_IN_AUDIT - 1)) + "…";
	}

}
