package dev.alchemy.autoconfigure;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.autoconfigure.unknownbindfixtures.Orphan;
import dev.alchemy.autoconfigure.unknownbindfixtures.UnknownBindApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts whole applications with bad configuration and checks what the user is told:
 * every failure analyzer is registered and names the property to fix.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalyzersIntegrationTests {

	private static final String PASSWORD = "Sup3rS3cretPw";

	@TempDir
	Path instance;

	@Test
	void noDatabaseAtAll(CapturedOutput output) {
		// H2 is on the test classpath: keep Spring Boot from falling back to it.
		assertThatException()
			.isThrownBy(() -> FixturesApplication.start("spring.datasource.embedded-database-connection=none"));
		assertThat(output).contains("APPLICATION FAILED TO START", "No database is configured",
				"Set 'sqlalchemy.database-uri'");
	}

	@Test
	void malformedUri(CapturedOutput output) {
		assertThatException().isThrownBy(
				() -> FixturesApplication.start("sqlalchemy.database-uri=postgresql://app:" + PASSWORD + "@db:port/x"));
		assertThat(output).contains("APPLICATION FAILED TO START", "Invalid value of 'sqlalchemy.database-uri'",
				"postgresql://app:***@db:port/x");
		assertThat(output).doesNotContain(PASSWORD);
	}

	@Test
	void unknownScheme(CapturedOutput output) {
		assertThatException().isThrownBy(() -> FixturesApplication.start("sqlalchemy.database-uri=sqlserver://db/x"));
		assertThat(output).contains("APPLICATION FAILED TO START", "Invalid value of 'sqlalchemy.database-uri'",
				"one of the schemes postgresql");
	}

	@Test
	void unknownDatabaseUrlSchemeNamesTheEnvironmentVariable(CapturedOutput output) {
		assertThatException().isThrownBy(() -> FixturesApplication.start("DATABASE_URL=sqlserver://db/x"));
		assertThat(output).contains("Invalid value of 'DATABASE_URL'");
	}

	@Test
	void databaseRefusesTheConnection(CapturedOutput output) {
		assertThatException().isThrownBy(() -> FixturesApplication
			.start("sqlalchemy.database-uri=postgresql://app:" + PASSWORD + "@127.0.0.1:1/app"));
		assertThat(output).contains("APPLICATION FAILED TO START",
				"Could not connect to the database of 'sqlalchemy.database-uri' (postgresql://app:***@127.0.0.1:1/app)",
				"is running and accepts connections");
		assertThat(output).doesNotContain(PASSWORD);
	}

	@Test
	void missingDriverNamesTheMavenCoordinates(CapturedOutput output) {
		assertThatException().isThrownBy(() -> FixturesApplication
			.start("sqlalchemy.database-uri=mssql://app:" + PASSWORD + "@db.example.org:1433/app"));
		assertThat(output).contains("APPLICATION FAILED TO START", "'sqlalchemy.database-uri'",
				"com.microsoft.sqlserver.jdbc.SQLServerDriver", "<groupId>com.microsoft.sqlserver</groupId>",
				"<artifactId>mssql-jdbc</artifactId>");
		assertThat(output).doesNotContain(PASSWORD);
	}

	@Test
	void entityInABindThatIsNotConfigured(CapturedOutput output) {
		String uri = "sqlite:///" + this.instance.resolve("app.db");
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(UnknownBindApplication.class)
			.web(WebApplicationType.NONE)
			.run("--sqlalchemy.database-uri=" + uri, "--sqlalchemy.binds.auth=" + uri));
		assertThat(output).contains("APPLICATION FAILED TO START",
				"Entity " + Orphan.class.getName() + " belongs to bind 'archive', which is not configured",
				"@Bind on " + Orphan.class.getName(), "configured binds: [default, auth]",
				"Configure the bind with 'sqlalchemy.binds.archive'");
	}

	@Test
	void bindWithAMalformedUri(CapturedOutput output) {
		assertThatException().isThrownBy(() -> FixturesApplication.start(
				"sqlalchemy.database-uri=sqlite:///" + this.instance.resolve("app.db"),
				"sqlalchemy.binds.auth=mariadb://app:" + PASSWORD + "@db:port/x"));
		assertThat(output).contains("APPLICATION FAILED TO START", "Invalid value of 'sqlalchemy.binds.auth'",
				"mariadb://app:***@db:port/x");
		assertThat(output).doesNotContain(PASSWORD);
	}

	@Test
	void bindRefusesTheConnection(CapturedOutput output) {
		assertThatException().isThrownBy(() -> FixturesApplication.start(
				"sqlalchemy.database-uri=sqlite:///" + this.instance.resolve("app.db"),
				"sqlalchemy.binds.auth=postgresql://app:" + PASSWORD + "@127.0.0.1:1/x"));
		assertThat(output).contains("APPLICATION FAILED TO START",
				"Could not connect to the database of 'sqlalchemy.binds.auth' (postgresql://app:***@127.0.0.1:1/x)");
		assertThat(output).doesNotContain(PASSWORD);
	}

}
