package dev.alchemy.url;

import java.util.Objects;

/**
 * Thrown for a database URL that cannot be used. Neither its message nor any of its
 * accessors contains the password.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class InvalidDatabaseUrlException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final Kind kind;

	private final String maskedUrl;

	private final String reason;

	/**
	 * Create a new instance.
	 * @param kind what is wrong
	 * @param url the URL as given; it is masked here, so it may carry a password
	 * @param reason one sentence saying what is wrong; it must not contain the password
	 */
	public InvalidDatabaseUrlException(Kind kind, String url, String reason) {
		super(message(url, reason));
		this.kind = Objects.requireNonNull(kind, "'kind' must not be null");
		this.maskedUrl = DatabaseUrl.mask(url);
		this.reason = reason;
	}

	private static String message(String url, String reason) {
		Objects.requireNonNull(url, "'url' must not be null");
		Objects.requireNonNull(reason, "'reason' must not be null");
		return "Invalid database URL '" + DatabaseUrl.mask(url) + "': " + reason;
	}

	/**
	 * Return what is wrong with the URL.
	 * @return the kind of problem
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * Return the URL as given, with any password replaced by {@code ***}.
	 * @return the masked URL
	 */
	public String maskedUrl() {
		return this.maskedUrl;
	}

	/**
	 * Return one sentence saying what is wrong.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

	/**
	 * The kinds of problem a database URL can have.
	 */
	public enum Kind {

		/**
		 * The text does not follow the URL syntax, for example a blank URL or a bad port.
		 */
		MALFORMED,

		/**
		 * The scheme names no database Alchemy knows.
		 */
		UNKNOWN_SCHEME,

		/**
		 * The {@code +driver} suffix names an asynchronous Python driver.
		 */
		ASYNC_DRIVER,

		/**
		 * A query option is unknown for the dialect, or has a value that cannot be
		 * translated.
		 */
		UNSUPPORTED_OPTION,

		/**
		 * The URL is valid for SQLAlchemy but has no JDBC equivalent, such as a Unix-domain
		 * socket or an ODBC DSN.
		 */
		UNSUPPORTED_FORM

	}

}
