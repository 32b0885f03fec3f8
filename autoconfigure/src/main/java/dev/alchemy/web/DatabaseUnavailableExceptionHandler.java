package dev.alchemy.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Turns a request that failed because the database could not be reached into a 503
 * Service Unavailable with a {@code Retry-After} header: a Problem Details body (RFC 9457)
 * for clients that accept JSON, the application's error page for browsers. Neither shows
 * the exception, its SQL or a stack trace; the cause is logged as one warning line.
 * <p>
 * "Could not be reached" means that somewhere in the exception's causes is a JDBC
 * connection failure: the pool timed out waiting for a free connection (HikariCP's
 * {@link SQLTransientConnectionException}), the connection was lost or refused
 * ({@link SQLNonTransientConnectionException}, {@link SQLRecoverableException}, SQL state
 * class {@code 08}), or the server ended the session ({@code 57P01}-{@code 57P03},
 * PostgreSQL's shutdown and terminated-backend states, which HikariCP also takes for a
 * broken connection). Every other data access failure is left as it was (a 500 from
 * Spring Boot's error handling), as is anything an application handles itself in a
 * controller or in an advice ordered before this one.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@ControllerAdvice
public class DatabaseUnavailableExceptionHandler {

	/**
	 * Seconds a client is asked to wait before trying again: a pool that timed out
	 * usually has a free connection again within a second.
	 */
	public static final int RETRY_AFTER_SECONDS = 1;

	private static final String DETAIL = "The database is not available right now. Try again later.";

	private static final Set<String> SERVER_ENDED_SESSION_STATES = Set.of("57P01", "57P02", "57P03");

	private static final int MAX_CAUSE_DEPTH = 32;

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableExceptionHandler.class);

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class,
			SQLException.class })
	ResponseEntity<ProblemDetail> problem(Exception ex) throws Exception {
		rethrowUnlessConnectionFailure(ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(exception = { DataAccessException.class, TransactionException.class,
			PersistenceException.class, SQLException.class }, produces = MediaType.TEXT_HTML_VALUE)
	void page(Exception ex, HttpServletResponse response) throws Exception {
		rethrowUnlessConnectionFailure(ex);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value(), DETAIL);
	}

	/**
	 * Rethrow the exception unless it is a connection failure. Spring MVC then handles the
	 * very exception it caught as if no handler had matched.
	 */
	private static void rethrowUnlessConnectionFailure(Exception ex) throws Exception {
		SQLException failure = connectionFailure(ex);
		if (failure == null) {
			throw ex;
		}
		if (logger.isWarnEnabled()) {
			logger.warn("Answering 503: the database is not available (" + failure.getClass().getName()
					+ ((failure.getSQLState() != null) ? ", SQL state " + failure.getSQLState() : "") + ": "
					+ failure.getMessage() + ")");
		}
	}

	/**
	 * Find the connection failure among the causes of an exception.
	 * @param ex the exception
	 * @return the failure, or {@code null} when the exception has another cause
	 */
	static @Nullable SQLException connectionFailure(Throwable ex) {
		// Bounded, so that a cause chain with a cycle cannot keep a request thread busy.
		Throwable cause = ex;
		for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
			if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
				return sql;
			}
			cause = cause.getCause();
		}
		return null;
	}

	private static boolean isConnectionFailure(SQLException ex) {
		if (ex instanceof SQLTransientConnectionException || ex instanceof SQLNonTransientConnectionException
				|| ex instanceof SQLRecoverableException) {
			return true;
		}
		String state = ex.getSQLState();
		return state != null && (state.startsWith("08") || SERVER_ENDED_SESSION_STATES.contains(state));
	}

}
