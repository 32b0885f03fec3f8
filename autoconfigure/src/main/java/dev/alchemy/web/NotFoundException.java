package dev.alchemy.web;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by the {@code ...Or404} helpers and by pagination when there is nothing to show.
 * In a Spring MVC application it becomes an HTTP 404 response: a Problem Details body for
 * JSON clients, the error page for browsers. It does not depend on the web stack, so the
 * same helpers work in jobs and command-line runners.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class NotFoundException extends RuntimeException {

	private final @Nullable String description;

	/**
	 * Create a new exception.
	 * @param description what was not found, shown to the client as the problem's
	 * {@code detail}; {@code null} for the default text
	 */
	public NotFoundException(@Nullable String description) {
		super((description != null) ? description : "Not Found");
		this.description = description;
	}

	/**
	 * The description given when the exception was created, if any.
	 * @return the description or {@code null}
	 */
	public @Nullable String getDescription() {
		return this.description;
	}

}
