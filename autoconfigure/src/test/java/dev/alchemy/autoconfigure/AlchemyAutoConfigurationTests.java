package dev.alchemy.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.spi.SessionFactoryOptions;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.fixtures.User;
import dev.alchemy.engine.EngineOptionsCustomizer;
import dev.alchemy.model.AlchemyImplicitNamingStrategy;
import dev.alchemy.model.ReflectedTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AlchemyAutoConfiguration} and {@link AlchemyJpaAutoConfiguration}.
 */
class AlchemyAutoConfigurationTests {

	@TempDir
	Path instance;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AlchemyAutoConfiguration.class, AlchemyBindsAutoConfiguration.class,
				AlchemyJpaAutoConfiguration.class,
				DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				TransactionAutoConfiguration.class))
		.withUserConfiguration(EntitiesConfiguration.class);

	private ApplicationContextRunner sqlite(String database) {
		return this.contextRunner.withPropertyValues("sqlalchemy.database-uri=sqlite:///" + database,
				"sqlalchemy.instance-path=" + this.instance.resolve("instance"));
	}

	@Test
	void databaseUriBecomesSpringBootsPrimaryPool() {
		sqlite("app.db").run((context) -> {
			assertThat(context).hasSingleBean(DataSource.class).hasSingleBean(JdbcConnectionDetails.class);
			HikariDataSource pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
			assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:sqlite:" + this.instance.resolve("instance/app.db"));
			assertThat(pool.getPoolName()).isEqualTo("default");
			assertThat(this.instance.resolve("instance")).isDirectory();
			assertThat(context).hasSingleBean(Db.class);
		});
	}

	@Test
	void databaseUrlEnvironmentVariableIsUsedWhenNoUriIsSet() {
		this.contextRunner
			.withPropertyValues("DATABASE_URL=sqlite:///" + this.instance.resolve("env.db"))
			.run((context) -> assertThat(context.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl())
				.isEqualTo("jdbc:sqlite:" + this.instance.resolve("env.db")));
	}

	@Test
	void databaseUriCanBeGivenAsAnEnvironmentVariable() {
		String uri = "sqlite:///" + this.instance.resolve("variable.db");
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("test-environment",
						Map.of("SQLALCHEMY_DATABASE_URI", uri))))
			.run((context) -> assertThat(context.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl())
				.isEqualTo("jdbc:sqlite:" + this.instance.resolve("variable.db")));
	}

	@Test
	void databaseUriWinsOverDatabaseUrl() {
		sqlite("property.db").withPropertyValues("DATABASE_URL=sqlite:///" + this.instance.resolve("env.db"))
			.run((context) -> assertThat(context.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl())
				.endsWith("property.db"));
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnDataSource() {
		this.contextRunner.withUserConfiguration(UserDataSourceConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(DatabaseUriJdbcConnectionDetails.class);
			assertThat(context.getBean(DataSource.class)).isSameAs(context.getBean("userDataSource"));
		});
	}

	@Test
	void leavesAUserPoolWithoutJdbcUrlAsItIs() {
		this.contextRunner.withUserConfiguration(UserHikariConfiguration.class)
			.withPropertyValues("sqlalchemy.engine-options.pool-size=3")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(4);
			});
	}

	@Test
	void backsOffWhenSpringDatasourceUrlIsSet() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + this.instance.resolve("boot.db"),
					"sqlalchemy.database-uri=sqlite:///ignored.db")
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(DatabaseUriJdbcConnectionDetails.class);
				assertThat(context.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl())
					.endsWith("boot.db");
			});
	}

	@Test
	void backsOffWhenAnotherJdbcConnectionDetailsExists() {
		sqlite("ignored.db").withUserConfiguration(ConnectionDetailsConfiguration.class).run((context) -> {
			assertThat(context).doesNotHaveBean(DatabaseUriJdbcConnectionDetails.class);
			assertThat(context.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl())
				.endsWith("container.db");
		});
	}

	@Test
	void engineOptionsReachTheDefaultPool() {
		sqlite("app.db")
			.withPropertyValues("sqlalchemy.engine-options.pool-size=3", "sqlalchemy.engine-options.max-overflow=2",
					"sqlalchemy.engine-options.pool-timeout=4", "sqlalchemy.engine-options.pool-recycle=10m",
					"sqlalchemy.engine-options.connect-args.busy_timeout=1234")
			.run((context) -> {
				HikariDataSource pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
				assertThat(pool.getMaximumPoolSize()).isEqualTo(5);
				assertThat(pool.getMinimumIdle()).isEqualTo(3);
				assertThat(pool.getConnectionTimeout()).isEqualTo(Duration.ofSeconds(4).toMillis());
				assertThat(pool.getMaxLifetime()).isEqualTo(Duration.ofMinutes(10).toMillis());
				assertThat(pool.getDataSourceProperties()).containsEntry("busy_timeout", "1234");
			});
	}

	@Test
	void customizersApplyInOrderBelowEngineOptions() {
		sqlite("app.db").withUserConfiguration(CustomizersConfiguration.class)
			.withPropertyValues("sqlalchemy.engine-options.pool-timeout=9")
			.run((context) -> {
				HikariDataSource pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
				assertThat(pool.getMaximumPoolSize()).isEqualTo(4);
				assertThat(pool.getConnectionTimeout()).isEqualTo(9000);
			});
	}

	@Test
	void sqlalchemyOptionsWinOverSpringDatasourceHikariAndLeaveTheRest() {
		sqlite("app.db")
			.withPropertyValues("sqlalchemy.engine-options.pool-size=3", "spring.datasource.hikari.maximum-pool-size=7",
					"spring.datasource.hikari.leak-detection-threshold=5000")
			.run((context) -> {
				HikariDataSource pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
				assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
				assertThat(pool.getLeakDetectionThreshold()).isEqualTo(5000);
			});
	}

	@Test
	void inMemorySqliteSharesOneConnection() {
		this.contextRunner.withPropertyValues("sqlalchemy.database-uri=sqlite://").run((context) -> {
			HikariDataSource pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
			assertThat(pool.getMaximumPoolSize()).isEqualTo(1);
			assertThat(pool.getMaxLifetime()).isZero();
		});
	}

	@Test
	void tablesAreNamedByFlaskSqlAlchemysRuleAndExplicitNamesWin() {
		sqlite("names.db").run((context) -> {
			Db db = context.getBean(Db.class);
			db.createAll();
			List<ReflectedTable> tables = db.reflect().get("default");
			assertThat(tables).extracting(ReflectedTable::name)
				.contains("user", "http_response_log", "spam");
			assertThat(tables.stream()
				.filter((table) -> table.name().equals("http_response_log"))
				.flatMap((table) -> table.columns().stream())
				.collect(Collectors.toList())).contains("status_code");
		});
	}

	@Test
	void createAllLeavesExistingTablesAlone() {
		sqlite("existing.db").run((context) -> {
			DataSource dataSource = context.getBean(DataSource.class);
			try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
				statement.execute("create table spam (id integer primary key, extra text)");
			}
			Db db = context.getBean(Db.class);
			db.createAll();
			db.createAll();
			assertThat(db.reflect().get("default"))
				.filteredOn((table) -> table.name().equals("spam"))
				.singleElement()
				.satisfies((table) -> assertThat(table.columns()).containsExactly("id", "extra"));
		});
	}

	@Test
	void dropAllDropsTheTablesOfTheEntities() {
		sqlite("drop.db").run((context) -> {
			Db db = context.getBean(Db.class);
			db.createAll();
			db.dropAll();
			assertThat(db.reflect().get("default")).extracting(ReflectedTable::name)
				.doesNotContain("user", "http_response_log", "spam");
		});
	}

	@Test
	void hibernateGetsBatchingOrderingAndKeywordQuoting() {
		sqlite("app.db").run((context) -> {
			SessionFactoryOptions options = sessionFactoryOptions(context.getBean(EntityManagerFactory.class));
			assertThat(options.getJdbcBatchSize()).isEqualTo(AlchemyJpaAutoConfiguration.BATCH_SIZE);
			assertThat(options.isOrderInsertsEnabled()).isTrue();
			assertThat(options.isOrderUpdatesEnabled()).isTrue();
			assertThat(context.getBean(EntityManagerFactory.class).getProperties())
				.containsEntry("hibernate.auto_quote_keyword", true);
		});
	}

	@Test
	void applicationHibernatePropertiesWinOverAlchemysDefaults() {
		sqlite("app.db")
			.withPropertyValues("spring.jpa.properties.hibernate.jdbc.batch_size=5",
					"spring.jpa.properties.hibernate.order_inserts=false")
			.run((context) -> {
				SessionFactoryOptions options = sessionFactoryOptions(context.getBean(EntityManagerFactory.class));
				assertThat(options.getJdbcBatchSize()).isEqualTo(5);
				assertThat(options.isOrderInsertsEnabled()).isFalse();
			});
	}

	@Test
	void applicationNamingStrategyWinsOverAlchemys() {
		sqlite("naming.db")
			.withPropertyValues("spring.jpa.hibernate.naming.implicit-strategy="
					+ "org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyJpaImpl")
			.run((context) -> assertThat(context.getBean(EntityManagerFactory.class).getProperties())
				.containsEntry("hibernate.implicit_naming_strategy",
						"org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyJpaImpl"));
	}

	@Test
	void alchemysNamingStrategyReplacesBootsDefault() {
		sqlite("naming.db").run((context) -> assertThat(context.getBean(EntityManagerFactory.class).getProperties())
			.hasEntrySatisfying("hibernate.implicit_naming_strategy",
					(strategy) -> assertThat(strategy).isInstanceOf(AlchemyImplicitNamingStrategy.class)));
	}

	@Test
	void failsWithoutAnyDatabaseAndSaysWhichPropertiesToSet() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.h2", "org.hsqldb", "org.apache.derby"))
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new DatabaseUriMissingFailureAnalyzer(new MockEnvironment())
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("sqlalchemy.database-uri", "DATABASE_URL");
				assertThat(analysis.getAction()).contains("sqlalchemy.database-uri", "sqlite:///project.db",
						"spring.datasource.url");
			});
	}

	@Test
	void withoutAnyUriSpringBootsEmbeddedDatabaseIsUsedAsInAnyBootApplication() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(DatabaseUriJdbcConnectionDetails.class);
			assertThat(context.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl())
				.startsWith("jdbc:h2:mem:");
		});
	}

	@Test
	void missingUriAnalysisStaysSilentWhenAUriIsConfigured() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.h2", "org.hsqldb", "org.apache.derby"))
			.run((context) -> assertThat(new DatabaseUriMissingFailureAnalyzer(
					new MockEnvironment().withProperty("spring.datasource.url", "jdbc:nothing:"))
				.analyze(context.getStartupFailure())).isNull());
	}

	@Test
	void failsOnUnknownSchemeNamingThePropertyAndTheKnownSchemes() {
		this.contextRunner.withPropertyValues("sqlalchemy.database-uri=postgresq://app:Sup3rS3cret@db/app")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidDatabaseUriFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("'sqlalchemy.database-uri'", "postgresq://app:***@db/app")
					.doesNotContain("Sup3rS3cret");
				assertThat(analysis.getAction()).contains("postgresql", "mariadb", "sqlite", "jdbc:");
			});
	}

	@Test
	void failsOnMalformedUriNamingThePropertyWithoutThePassword() {
		this.contextRunner.withPropertyValues("sqlalchemy.database-uri=postgresql://app:Sup3rS3cret@db:99999/app")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidDatabaseUriFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("'sqlalchemy.database-uri'")
					.doesNotContain("Sup3rS3cret");
				assertThat(analysis.getAction()).contains("dialect[+driver]://user:password@host:port/database");
			});
	}

	@Test
	void failsWhenTheDriverIsMissingAndNamesTheDependency() {
		sqlite("app.db").withClassLoader(new FilteredClassLoader("org.sqlite")).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new DatabaseDriverMissingFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'sqlalchemy.database-uri'", "org.sqlite.JDBC");
			assertThat(analysis.getAction()).contains("<groupId>org.xerial</groupId>",
					"<artifactId>sqlite-jdbc</artifactId>", "runtimeOnly 'org.xerial:sqlite-jdbc'");
		});
	}

	private static SessionFactoryOptions sessionFactoryOptions(EntityManagerFactory entityManagerFactory) {
		return entityManagerFactory.unwrap(SessionFactoryImplementor.class).getSessionFactoryOptions();
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = User.class)
	static class EntitiesConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	static class UserDataSourceConfiguration {

		@Bean
		DataSource userDataSource() {
			return new DriverManagerDataSource("jdbc:sqlite::memory:");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserHikariConfiguration {

		@Bean
		HikariDataSource dataSource() {
			HikariDataSource pool = new HikariDataSource();
			pool.setDataSourceClassName("org.sqlite.SQLiteDataSource");
			pool.addDataSourceProperty("url", "jdbc:sqlite::memory:");
			pool.setMaximumPoolSize(4);
			return pool;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionDetailsConfiguration {

		@Bean
		JdbcConnectionDetails containerConnectionDetails() {
			Path path = Path.of(System.getProperty("java.io.tmpdir"), "container.db");
			return new JdbcConnectionDetails() {

				@Override
				public String getUsername() {
					return null;
				}

				@Override
				public String getPassword() {
					return null;
				}

				@Override
				public String getJdbcUrl() {
					return "jdbc:sqlite:" + path;
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizersConfiguration {

		@Bean
		@Order(2)
		EngineOptionsCustomizer second() {
			return (bind, options) -> options.setPoolSize(options.getPoolSize() * 2);
		}

		@Bean
		@Order(1)
		EngineOptionsCustomizer first() {
			return (bind, options) -> {
				options.setPoolSize(2);
				options.setPoolTimeout(Duration.ofSeconds(1));
			};
		}

	}

}
