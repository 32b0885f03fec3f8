package dev.alchemy.autoconfigure;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanCreationException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

import dev.alchemy.url.DatabaseUrl;

/**
 * Explains a start-up that failed because the default database refused the connection.
 */
class DatabaseConnectionFailureAnalyzer implements FailureAnalyzer {

	/** SQLSTATE class 08: connection exception. */
	private static final String CONNECTION_EXCEPTION = "08";

	/** What Hibernate says when it could not reach the database to detect its dialect. */
	private static final String HIBERNATE_NO_METADATA = "Unable to determine Dialect without JDBC metadata";

	private final Environment environment;

	DatabaseConnectionFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		Throwable connectionFailure = findConnectionFailure(failure);
		if (connectionFailure == null) {
			return null;
		}
		DatabaseUriProperty uri = failedBind(failure);
		if (uri == null) {
			uri = DatabaseUriProperty.find(this.environment);
		}
		if (uri == null) {
			return null;
		}
		String property = uri.property();
		String description = "Could not connect to the database of '" + property + "' ("
				+ DatabaseUrl.mask(uri.value())
				+ "): " + DatabaseUrl.mask(String.valueOf(connectionFailure.getMessage()));
		String action = "Check that the database server is running and accepts connections at the host and port "
				+ "of '" + property + "', and that the user name, password and database name in it are right.";
		return new FailureAnalysis(description, action, failure);
	}

	/**
	 * The URI of the bind whose beans failed, when a bind's failed rather than the
	 * default database's: bind beans are named after the bind.
	 */
	private @Nullable DatabaseUriProperty failedBind(Throwable failure) {
		Map<String, BindProperties> binds = ConfiguredBinds.read(this.environment);
		DatabaseUriProperty found = null;
		for (Throwable candidate = failure; candidate != null && candidate.getCause() != candidate; candidate = candidate
			.getCause()) {
			if (candidate instanceof BeanCreationException creation && creation.getBeanName() != null) {
				String key = BindBean.bindOf(creation.getBeanName(), binds.keySet());
				if (key != null) {
					found = new DatabaseUriProperty(ConfiguredBinds.uriProperty(key, binds.get(key)),
							String.valueOf(binds.get(key).getUri()));
				}
			}
		}
		return found;
	}

	private static @Nullable Throwable findConnectionFailure(Throwable failure) {
		Throwable dialectFailure = null;
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof ConnectException) {
				return candidate;
			}
			if (candidate instanceof SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
				return candidate;
			}
			if (dialectFailure == null && candidate.getMessage() != null
					&& candidate.getMessage().contains(HIBERNATE_NO_METADATA)) {
				dialectFailure = candidate;
			}
			if (candidate.getCause() == candidate) {
				break;
			}
		}
		return dialectFailure;
	}

}
