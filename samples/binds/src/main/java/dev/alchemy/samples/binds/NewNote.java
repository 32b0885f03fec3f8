package dev.alchemy.samples.binds;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a client sends to write a note, as JSON or from the HTML form.
 *
 * @param title the title, required
 * @param body the text, optional
 * @param authorId the id of the author's account, required
 */
record NewNote(@Nullable String title, @Nullable String body, @Nullable Long authorId) {

	/**
	 * Say what is wrong with this input, if anything. Whether the author exists is for
	 * the {@code auth} database to say, not this check.
	 * @return the problem, or {@code null} if the note can be written
	 */
	@Nullable String problem() {
		if (this.title == null || this.title.isBlank()) {
			return "A title is required.";
		}
		if (length(this.title) > Note.MAX_TITLE_LENGTH) {
			return "A title has at most " + Note.MAX_TITLE_LENGTH + " characters.";
		}
		if (this.body != null && length(this.body) > Note.MAX_BODY_LENGTH) {
			return "A note has at most " + Note.MAX_BODY_LENGTH + " characters.";
		}
		if (this.authorId == null) {
			return "An author is required.";
		}
		return null;
	}

	private static int length(String value) {
		return value.codePointCount(0, value.length());
	}

	/**
	 * Make the note; call only when {@link #problem()} is {@code null}.
	 * @param createdAt when the note is written
	 * @return a new, unsaved note
	 */
	Note toNote(Instant createdAt) {
		if (this.title == null || this.authorId == null) {
			throw new IllegalStateException("No title or author: check problem() first");
		}
		return new Note(this.title.strip(), (this.body != null) ? this.body : "", this.authorId, createdAt);
	}

}
