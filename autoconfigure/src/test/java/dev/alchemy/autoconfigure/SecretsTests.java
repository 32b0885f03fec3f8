package dev.alchemy.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Starts a web application with a password in its database URI, logs everything at debug
 * level, reads its Actuator endpoints and error responses, and checks that the password
 * shows up nowhere. Then the same with a password in every bind's URI, error pages that
 * show stack traces and exception messages, and start-up failures of every kind, whose
 * exceptions are searched as well as the output.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsTests {

	private static final String PASSWORD = "Sup3rS3cretPw";

	@Test
	void passwordInTheUriNeverAppearsInLogsEndpointsOrErrors(CapturedOutput output) throws Exception {
		// The local servers trust every connection, so any password works.
		TestDatabase database = TestDatabases.postgresql();
		String uri = database.uriWithPassword(PASSWORD);
		List<String> bodies = new ArrayList<>();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FixturesApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("sqlalchemy.database-uri=" + uri, "server.port=0", "logging.level.root=DEBUG",
					"management.endpoints.web.exposure.include=*", "management.endpoint.env.show-values=always",
					"management.endpoint.configprops.show-values=always",
					"management.endpoint.health.show-details=always", "spring.web.error.include-message=always",
					"spring.web.error.include-exception=true", "spring.web.error.include-stacktrace=always")
			.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient client = HttpClient.newHttpClient();
			for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/health",
					"/actuator/beans", "/actuator/metrics/hikaricp.connections", "/users/1", "/users/x",
					"/no-such-page")) {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
				bodies.add(path + " -> " + response.statusCode() + " " + response.body());
			}
			assertThat(bodies.get(0)).contains("sqlalchemy.database-uri", "***");
			assertThat(bodies.get(2)).contains("\"status\":\"UP\"");
		}
		assertThat(output.getAll()).contains("HikariPool").doesNotContain(PASSWORD);
		assertThat(bodies).allSatisfy((body) -> assertThat(body).doesNotContain(PASSWORD));
	}

	/** Characters that URIs percent-encode, so both spellings are searched for. */
	private static final String DEFAULT_PASSWORD = "Def@ult:Pw/1";

	private static final String AUTH_PASSWORD = "Auth$Pw:2%x";

	private static final String ARCHIVE_PASSWORD = "Arch1ve@Pw3";

	@TempDir
	Path instance;

	@Test
	void passwordOfEveryBindNeverAppearsInLogsEndpointsErrorPagesOrExceptionMessages(CapturedOutput output)
			throws Exception {
		TestDatabase postgresql = TestDatabases.postgresql();
		TestDatabase mariadb = TestDatabases.mariadb();
		List<String> bodies = new ArrayList<>();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FixturesApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("sqlalchemy.database-uri=" + postgresql.uriWithPassword(DEFAULT_PASSWORD),
					"sqlalchemy.binds.auth.uri=" + mariadb.uriWithPassword(AUTH_PASSWORD),
					"sqlalchemy.binds.archive=" + postgresql.uriWithPassword(ARCHIVE_PASSWORD),
					"sqlalchemy.engine-options.pool-size=2", "server.port=0", "logging.level.root=DEBUG",
					"logging.level.com.zaxxer.hikari=TRACE", "logging.level.dev.alchemy=TRACE",
					"management.endpoints.web.exposure.include=*", "management.endpoint.env.show-values=always",
					"management.endpoint.configprops.show-values=always",
					"management.endpoint.health.show-details=always", "management.health.db.enabled=true",
					"spring.web.error.include-message=always", "spring.web.error.include-exception=true",
					"spring.web.error.include-stacktrace=always")
			.run()) {
			context.getBean(Db.class).createAll();
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient client = HttpClient.newHttpClient();
			for (String path : List.of("/actuator/env", "/actuator/env/sqlalchemy.database-uri",
					"/actuator/env/sqlalchemy.binds.auth.uri", "/actuator/env/sqlalchemy.binds.archive",
					"/actuator/configprops", "/actuator/configprops/sqlalchemy", "/actuator/health",
					"/actuator/health/db", "/actuator/beans", "/actuator/conditions", "/actuator/metrics",
					"/actuator/metrics/hikaricp.connections", "/actuator/mappings", "/users/1", "/users/x",
					"/users?page=abc")) {
				for (String accept : List.of("application/json", "text/html")) {
					HttpResponse<String> response = client.send(
							HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
								.header("Accept", accept)
								.build(),
							HttpResponse.BodyHandlers.ofString());
					bodies.add(path + " (" + accept + ") -> " + response.statusCode() + " " + response.body());
				}
			}
			// A duplicate username: a data access failure whose message, SQL and stack trace
			// the error page shows as configured.
			for (int i = 0; i < 2; i++) {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/users?username=ada"))
							.POST(HttpRequest.BodyPublishers.noBody())
							.build(),
						HttpResponse.BodyHandlers.ofString());
				bodies.add("POST /users -> " + response.statusCode() + " " + response.body());
			}
			assertThat(bodies).anySatisfy((body) -> assertThat(body).startsWith("POST /users -> 500")
				.contains("DataIntegrityViolationException", "\"trace\"", "insert into"));
			assertThat(bodies).anySatisfy((body) -> assertThat(body).contains("sqlalchemy.binds.auth.uri", "***"));
			assertThat(bodies).anySatisfy((body) -> assertThat(body).contains("authDataSource", "archiveDataSource"));
		}
		assertThat(output.getAll()).contains("HikariPool", "auth", "archive");
		for (String password : List.of(DEFAULT_PASSWORD, AUTH_PASSWORD, ARCHIVE_PASSWORD)) {
			assertThat(output.getAll()).doesNotContain(password, encoded(password));
			assertThat(bodies).allSatisfy((body) -> assertThat(body).doesNotContain(password, encoded(password)));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlalchemy.database-uri=postgresql://app:PASSWORD@db:port/x",
			"sqlalchemy.database-uri=postgresql://app:PASSWORD@127.0.0.1:1/app",
			"sqlalchemy.database-uri=postgresql+asyncpg://app:PASSWORD@127.0.0.1/app",
			"sqlalchemy.database-uri=postgresql://app:PASSWORD@127.0.0.1/app?sslmode=sometimes",
			"sqlalchemy.database-uri=mariadb://app:PASSWORD@127.0.0.1:1/app?connect_timeout=1",
			"sqlalchemy.binds.auth=mariadb://app:PASSWORD@db:port/x",
			"sqlalchemy.binds.auth.uri=mariadb://app:PASSWORD@127.0.0.1/app?nope=1",
			"sqlalchemy.binds.auth=postgresql://app:PASSWORD@127.0.0.1:1/x",
			"sqlalchemy.binds.default=postgresql://app:PASSWORD@127.0.0.1/x",
			"sqlalchemy.binds.auth=mssql://app:PASSWORD@db.example.org:1433/app" })
	void startupFailureKeepsThePasswordOutOfTheOutputAndEveryExceptionMessage(String property,
			CapturedOutput output) {
		String password = "St4rtup@Pw:9";
		String configured = property.replace("PASSWORD", encoded(password));
		List<String> properties = new ArrayList<>(List.of(configured));
		if (configured.startsWith("sqlalchemy.binds.")) {
			properties.add("sqlalchemy.database-uri=sqlite:///" + this.instance.resolve("app.db"));
		}
		Throwable failure = catchThrowable(() -> FixturesApplication.start(properties.toArray(String[]::new)));
		assertThat(failure).isNotNull();
		assertThat(output).contains("APPLICATION FAILED TO START");
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertThat(trace.toString()).doesNotContain(password, encoded(password));
		assertThat(output.getAll()).doesNotContain(password, encoded(password));
	}

	private static String encoded(String password) {
		return password.replace("%", "%25").replace("@", "%40").replace(":", "%3A").replace("/", "%2F")
			.replace("$", "%24");
	}

}
