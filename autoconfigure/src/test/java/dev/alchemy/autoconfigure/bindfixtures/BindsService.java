package dev.alchemy.autoconfigure.bindfixtures;

import org.springframework.transaction.annotation.Transactional;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.bindfixtures.auth.Account;
import dev.alchemy.autoconfigure.bindfixtures.auth.AccountRepository;
import dev.alchemy.autoconfigure.bindfixtures.meta.Tag;
import dev.alchemy.autoconfigure.bindfixtures.meta.TagRepository;

/**
 * Writes to every bind in one {@code @Transactional} method.
 */
public class BindsService {

	private final NoteRepository notes;

	private final AccountRepository accounts;

	private final TagRepository tags;

	private final Db db;

	BindsService(NoteRepository notes, AccountRepository accounts, TagRepository tags, Db db) {
		this.notes = notes;
		this.accounts = accounts;
		this.tags = tags;
		this.db = db;
	}

	@Transactional
	public void writeEverywhere(String name) {
		this.notes.save(new Note(name));
		this.accounts.save(new Account(name));
		this.tags.save(new Tag(name));
	}

	@Transactional
	public void writeEverywhereThenFail(String name) {
		writeEverywhere(name);
		throw new IllegalStateException("failing after writing " + name);
	}

	@Transactional
	public void writeThroughSessionThenFail(String name) {
		try (var scope = this.db.openScope()) {
			this.db.session().add(new Note(name));
			this.db.session().add(new Account(name));
			this.db.session().flush();
		}
		throw new IllegalStateException("failing after writing " + name);
	}

}
