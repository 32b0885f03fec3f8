package dev.alchemy.test;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.MergedContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link TestDatabasesContextCustomizer}: which configured databases are
 * replaced, and by what. The databases handed out are real ones.
 *
 * @author Alchemy team
 */
@ExtendWith(OutputCaptureExtension.class)
class TestDatabasesContextCustomizerTests {

	private static final String TEST_DATABASE = "/alchemy_test_";

	@Test
	void replacesTheDefaultDatabaseUri() {
		ConfigurableEnvironment environment = customize(
				Map.of("sqlalchemy.database-uri", "postgresql://app:secret@db.invalid/main"));
		assertThat(environment.getProperty("sqlalchemy.database-uri")).startsWith("postgresql://")
			.contains(TEST_DATABASE);
	}

	@Test
	void replacesDatabaseUrlThroughTheUriPropertyAlchemyReadsFirst() {
		ConfigurableEnvironment environment = customize(Map.of("DATABASE_URL", "mariadb://app@db.invalid/main"));
		assertThat(environment.getProperty("sqlalchemy.database-uri")).startsWith("mariadb://")
			.contains(TEST_DATABASE);
	}

	@Test
	void replacesSpringDatasourceUrlWithItsCredentials() {
		ConfigurableEnvironment environment = customize(Map.of("spring.datasource.url",
				"jdbc:postgresql://db.invalid/main", "spring.datasource.password", "secret"));
		assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://")
			.contains(TEST_DATABASE);
		assertThat(environment.getProperty("spring.datasource.password")).isNotEqualTo("secret");
	}

	@Test
	void replacesBindsWrittenAsAUriOrWithOptions() {
		ConfigurableEnvironment environment = customize(Map.of("sqlalchemy.binds.auth",
				"mariadb+pymysql://root@auth.invalid/users", "sqlalchemy.binds.meta.uri", "sqlite:///meta.db",
				"sqlalchemy.binds.meta.pool-size", "1"));
		assertThat(environment.getProperty("sqlalchemy.binds.auth")).startsWith("mariadb://").contains(TEST_DATABASE);
		assertThat(environment.getProperty("sqlalchemy.binds.meta.uri")).startsWith("sqlite:////")
			.contains("alchemy-test-sqlite-")
			.endsWith(".db");
		assertThat(environment.getProperty("sqlalchemy.binds.meta.pool-size")).isEqualTo("1");
	}

	@Test
	void leavesInMemoryAndOtherDatabasesAlone() {
		Map<String, Object> configured = Map.of("sqlalchemy.database-uri", "sqlite://", "sqlalchemy.binds.cache",
				"h2:mem:cache", "sqlalchemy.binds.legacy", "mysql://app@legacy.invalid/app",
				"sqlalchemy.binds.scratch", "jdbc:sqlite::memory:");
		ConfigurableEnvironment environment = customize(configured);
		configured.forEach((property, value) -> assertThat(environment.getProperty(property)).isEqualTo(value));
		assertThat(environment.getPropertySources().contains(TestDatabasesContextCustomizer.PROPERTY_SOURCE_NAME))
			.isFalse();
	}

	@Test
	void replacesNothingWhenToldNotTo() {
		ConfigurableEnvironment environment = customize(Map.of("sqlalchemy.database-uri",
				"postgresql://app@db.invalid/main", TestDatabasesContextCustomizer.REPLACE_PROPERTY, "none"));
		assertThat(environment.getProperty("sqlalchemy.database-uri")).isEqualTo("postgresql://app@db.invalid/main");
	}

	@Test
	void leavesDatabasesWithAContainerAlone() {
		ConfigurableEnvironment environment = customize(new TestDatabasesContextCustomizer(Set.of("auth"), true),
				Map.of("sqlalchemy.database-uri", "postgresql://app@db.invalid/main", "sqlalchemy.binds.auth",
						"mariadb://root@auth.invalid/users"));
		assertThat(environment.getProperty("sqlalchemy.database-uri")).isEqualTo("postgresql://app@db.invalid/main");
		assertThat(environment.getProperty("sqlalchemy.binds.auth")).isEqualTo("mariadb://root@auth.invalid/users");
	}

	@Test
	void logsNeitherTheConfiguredPasswordNorTheTestDatabasesOne(CapturedOutput output) {
		customize(Map.of("sqlalchemy.database-uri", "postgresql://app:s3cret-configured@db.invalid/main",
				"sqlalchemy.binds.legacy", "mysql://app:s3cret-legacy@legacy.invalid/app"));
		assertThat(output).contains("Tests use a fresh postgresql", "for the default database (sqlalchemy.database-uri)",
				"Tests use bind 'legacy' as configured in sqlalchemy.binds.legacy")
			.doesNotContain("s3cret");
	}

	@Test
	void tellsTheKindOfDatabaseFromTheUri() {
		assertThat(TestDatabasesContextCustomizer.kindOf("postgres://db/app")).isEqualTo("postgresql");
		assertThat(TestDatabasesContextCustomizer.kindOf("postgresql+psycopg2://db/app")).isEqualTo("postgresql");
		assertThat(TestDatabasesContextCustomizer.kindOf("jdbc:postgresql://db/app")).isEqualTo("postgresql");
		assertThat(TestDatabasesContextCustomizer.kindOf("MariaDB://db/app")).isEqualTo("mariadb");
		assertThat(TestDatabasesContextCustomizer.kindOf("sqlite:///project.db")).isEqualTo("sqlite-file");
		assertThat(TestDatabasesContextCustomizer.kindOf("sqlite:////var/app/project.db")).isEqualTo("sqlite-file");
		assertThat(TestDatabasesContextCustomizer.kindOf("jdbc:sqlite:project.db")).isEqualTo("sqlite-file");
		assertThat(TestDatabasesContextCustomizer.kindOf("sqlite://")).isEqualTo("sqlite-memory");
		assertThat(TestDatabasesContextCustomizer.kindOf("sqlite:///:memory:")).isEqualTo("sqlite-memory");
		assertThat(TestDatabasesContextCustomizer.kindOf("jdbc:sqlite:file::memory:?cache=shared"))
			.isEqualTo("sqlite-memory");
		assertThat(TestDatabasesContextCustomizer.kindOf("mysql://db/app")).isEqualTo("mysql");
		assertThat(TestDatabasesContextCustomizer.kindOf("not a uri")).isEqualTo("unknown");
	}

	@Test
	void customizersWithTheSameContainersAreEqualSoContextsAreShared() {
		assertThat(new TestDatabasesContextCustomizer(Set.of("auth"), false))
			.isEqualTo(new TestDatabasesContextCustomizer(Set.of("auth"), false))
			.hasSameHashCodeAs(new TestDatabasesContextCustomizer(Set.of("auth"), false))
			.isNotEqualTo(new TestDatabasesContextCustomizer(Set.of(), false))
			.isNotEqualTo(new TestDatabasesContextCustomizer(Set.of("auth"), true));
	}

	private static ConfigurableEnvironment customize(Map<String, Object> properties) {
		return customize(new TestDatabasesContextCustomizer(Set.of(), false), properties);
	}

	private static ConfigurableEnvironment customize(TestDatabasesContextCustomizer customizer,
			Map<String, Object> properties) {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			ConfigurableEnvironment environment = context.getEnvironment();
			environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
			customizer.customizeContext(context, mock(MergedContextConfiguration.class));
			context.refresh();
			return environment;
		}
	}

}
