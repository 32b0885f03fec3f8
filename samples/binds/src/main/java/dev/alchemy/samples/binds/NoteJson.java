package dev.alchemy.samples.binds;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A note as the JSON API shows it, with its author's display name.
 *
 * @param id the note's key
 * @param title the title
 * @param body the text
 * @param authorId the key of the author's account
 * @param author the author's display name
 * @param createdAt when the note was written
 */
record NoteJson(@Nullable Long id, String title, String body, long authorId, String author, Instant createdAt) {

	static NoteJson of(NoteView view) {
		Note note = view.note();
		return new NoteJson(note.getId(), note.getTitle(), note.getBody(), note.getAuthorId(), view.author(),
				note.getCreatedAt());
	}

}
