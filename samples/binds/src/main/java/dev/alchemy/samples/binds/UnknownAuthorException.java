package dev.alchemy.samples.binds;

/**
 * A note names an author that has no account: a mistake of the client's, so a 400, not
 * a 404 (the note's URL exists; a value in its body does not).
 */
class UnknownAuthorException extends RuntimeException {

	UnknownAuthorException(long authorId) {
		super("There is no account with id " + authorId + ".");
	}

}
