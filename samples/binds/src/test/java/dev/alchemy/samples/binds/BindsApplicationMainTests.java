package dev.alchemy.samples.binds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link BindsApplication#main(String[])} as a user would, with fresh PostgreSQL and
 * MariaDB databases on the command line and the {@code meta} bind left at its
 * configured {@code sqlite:///meta.db}, in an instance folder in a temporary directory.
 */
@ExtendWith(OutputCaptureExtension.class)
class BindsApplicationMainTests {

	@Test
	void startsOnThreeDatabasesAndServesThePages(@TempDir Path instance, CapturedOutput output)
			throws IOException, InterruptedException {
		TestDatabase postgresql = TestDatabases.postgresql();
		TestDatabase mariadb = TestDatabases.mariadb();
		AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
		SpringApplication.withHook((application) -> new SpringApplicationRunListener() {

			@Override
			public void started(ConfigurableApplicationContext context, Duration timeTaken) {
				started.set(context);
			}

		}, () -> BindsApplication.main(new String[] { "--server.port=0", "--sqlalchemy.instance-path=" + instance,
				"--sqlalchemy.database-uri=" + postgresql.uri(), "--sqlalchemy.binds.auth=" + mariadb.uri() }));
		ConfigurableApplicationContext context = started.get();
		assertThat(context).isNotNull();
		try {
			assertThat(output).contains("Started BindsApplication");
			Path meta = instance.resolve("meta.db");
			assertThat(meta).isRegularFile().isNotEmptyFile();
			assertThat(new JdbcTemplate(new DriverManagerDataSource("jdbc:sqlite:" + meta))
				.queryForList("select script from flyway_schema_history", String.class))
				.containsExactly("V1__audit.sql");
			String port = context.getEnvironment().getProperty("local.server.port");
			HttpClient client = HttpClient.newHttpClient();
			HttpResponse<String> notes = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/notes")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(notes.statusCode()).isEqualTo(200);
			assertThat(notes.body()).contains("No notes yet.", "create an account");
			HttpResponse<String> health = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"dataSource\"", "\"authDataSource\"", "\"metaDataSource\"");
		}
		finally {
			context.close();
		}
		assertThat(context.isActive()).isFalse();
	}

}
