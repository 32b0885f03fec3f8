package dev.alchemy.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code sqlalchemy.echo}: statements are logged with their bind, parameters only
 * at trace level, and an engine without echo is not wrapped.
 */
@ExtendWith(OutputCaptureExtension.class)
class EchoTests {

	private final TestDatabase database = TestDatabases.postgresql();

	@Test
	void echoLogsEveryStatementWithItsBindButNotItsParameters(CapturedOutput output) {
		try (ConfigurableApplicationContext context = FixturesApplication
			.start("sqlalchemy.database-uri=" + this.database.uri(), "sqlalchemy.echo=true")) {
			new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select ? || 'x'", String.class,
					"Parameter4711");
		}
		assertThat(output).contains("[default] select ? || 'x'").doesNotContain("Parameter4711");
	}

	@Test
	void parametersAreLoggedAtTraceLevel(CapturedOutput output) {
		try (ConfigurableApplicationContext context = FixturesApplication.start(
				"sqlalchemy.database-uri=" + this.database.uri(), "sqlalchemy.engine-options.echo=true",
				"logging.level.dev.alchemy.echo=TRACE")) {
			new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select ? || 'x'", String.class,
					"Parameter4711");
		}
		assertThat(output).contains("[default] parameters (Parameter4711)");
	}

	@Test
	void withoutEchoTheEngineIsNotWrapped(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = FixturesApplication.start(
				"sqlalchemy.database-uri=" + this.database.uri(), "spring.datasource.connection-fetch=eager")) {
			assertThat(context.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
		}
	}

}
