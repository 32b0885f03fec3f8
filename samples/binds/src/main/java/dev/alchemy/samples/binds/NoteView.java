package dev.alchemy.samples.binds;

/**
 * A note with its author's display name, read from the {@code auth} database.
 *
 * @param note the note
 * @param author the display name of the note's author
 */
record NoteView(Note note, String author) {

	/**
	 * What a note shows when its author's account is gone: nothing in the default database
	 * keeps an account from being deleted in the {@code auth} database.
	 * @param authorId the id of the missing account
	 * @return the text to show instead of a name
	 */
	static String missingAuthor(long authorId) {
		return "account " + authorId;
	}

}
