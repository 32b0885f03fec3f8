package dev.alchemy.autoconfigure;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alchemy.Db;
import dev.alchemy.autoconfigure.bindfixtures.auth.Account;
import dev.alchemy.session.CrossBindTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AlchemyBindsAutoConfiguration}.
 */
class AlchemyBindsAutoConfigurationTests {

	private static final String AUTH_PACKAGE = Account.class.getPackageName();

	@TempDir
	Path directory;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AlchemyAutoConfiguration.class, AlchemyBindsAutoConfiguration.class,
				AlchemyJpaAutoConfiguration.class, DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class));

	private ApplicationContextRunner withAuthBind(String... properties) {
		return this.contextRunner
			.withPropertyValues("sqlalchemy.database-uri=sqlite:///" + this.directory.resolve("default.db"),
					"sqlalchemy.binds.auth.uri=sqlite:///" + this.directory.resolve("auth.db"),
					"sqlalchemy.binds.auth.packages=" + AUTH_PACKAGE)
			.withPropertyValues(properties);
	}

	@Test
	void bindWrittenAsAUriAloneGetsAPool() {
		this.contextRunner
			.withPropertyValues("sqlalchemy.database-uri=sqlite:///" + this.directory.resolve("default.db"),
					"sqlalchemy.binds.meta=sqlite:///" + this.directory.resolve("meta.db"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(pool(context.getBean("metaDataSource", DataSource.class)).getJdbcUrl())
					.isEqualTo("jdbc:sqlite:" + this.directory.resolve("meta.db"));
			});
	}

	@Test
	void bindBeansDoNotDisplaceThePrimaryBeans() {
		withAuthBind().run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(DataSource.class)).isSameAs(context.getBean("dataSource"));
			assertThat(context.getBean(EntityManagerFactory.class)).isSameAs(context.getBean("entityManagerFactory"));
			assertThat(context.getBean("authEntityManagerFactory", EntityManagerFactoryInfo.class)
				.getPersistenceUnitName()).isEqualTo("auth");
			assertThat(context.getBean(PlatformTransactionManager.class))
				.isInstanceOf(CrossBindTransactionManager.class);
			assertThat(context.getBean("defaultTransactionManager")).isInstanceOf(JpaTransactionManager.class);
		});
	}

	@Test
	void packagesPutTheirEntitiesInTheBind() {
		withAuthBind().run((context) -> {
			assertThat(context.getBean("authEntityManagerFactory", EntityManagerFactory.class)
				.getMetamodel()
				.entity(Account.class)).isNotNull();
			assertThat(context.getBean(Db.class).binds().forEntity(Account.class).key()).isEqualTo("auth");
		});
	}

	@Test
	void sharedEngineOptionsApplyToEveryBindAndTheBindsOwnOptionsWin() {
		withAuthBind("sqlalchemy.engine-options.pool-size=4", "sqlalchemy.engine-options.pool-timeout=7",
				"sqlalchemy.binds.auth.pool-size=3")
			.run((context) -> {
				HikariDataSource auth = pool(context.getBean("authDataSource", DataSource.class));
				assertThat(auth.getMaximumPoolSize()).isEqualTo(3);
				assertThat(auth.getConnectionTimeout()).isEqualTo(7000);
				assertThat(pool(context.getBean(DataSource.class)).getMaximumPoolSize()).isEqualTo(4);
			});
	}

	@Test
	void echoIsDecidedPerBind() {
		withAuthBind("sqlalchemy.binds.auth.echo=true").run((context) -> {
			assertThat(context.getBean("authDataSource", DataSource.class).isWrapperFor(ProxyDataSource.class))
				.isTrue();
			assertThat(context.getBean(DataSource.class).isWrapperFor(ProxyDataSource.class)).isFalse();
		});
	}

	@Test
	void bindPoolsFetchConnectionsLazilyAndAreClosedWithTheContext() {
		// Alchemy's environment post-processor sets this in applications; the runner has none.
		withAuthBind("spring.datasource.connection-fetch=lazy").run((context) -> {
			DataSource authDataSource = context.getBean("authDataSource", DataSource.class);
			assertThat(authDataSource).isInstanceOf(LazyConnectionDataSourceProxy.class);
			HikariDataSource pool = pool(authDataSource);
			context.close();
			assertThat(pool.isClosed()).isTrue();
		});
	}

	@Test
	void userDefinedBindBeansWin() {
		withAuthBind().withUserConfiguration(UserAuthDataSourceConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			DataSource userDataSource = context.getBean("authDataSource", DataSource.class);
			assertThat(pool(userDataSource).getPoolName()).isEqualTo("users-own-pool");
			assertThat(context.getBean("authEntityManagerFactory", EntityManagerFactoryInfo.class).getDataSource())
				.isSameAs(userDataSource);
			assertThat(context.getBean("authTransactionManager")).isSameAs(context.getBean("userTransactionManager"));
		});
	}

	@Test
	void connectionDetailsNamedAfterTheBindTakeThePlaceOfItsUri() {
		withAuthBind("sqlalchemy.binds.auth.pool-size=3")
			.withBean("authJdbcConnectionDetails", JdbcConnectionDetails.class,
					() -> new SqliteConnectionDetails(this.directory.resolve("container.db")),
					(definition) -> ((AbstractBeanDefinition) definition).setDefaultCandidate(false))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				HikariDataSource auth = pool(context.getBean("authDataSource", DataSource.class));
				assertThat(auth.getJdbcUrl()).isEqualTo("jdbc:sqlite:" + this.directory.resolve("container.db"));
				assertThat(auth.getMaximumPoolSize()).isEqualTo(3);
				assertThat(pool(context.getBean(DataSource.class)).getJdbcUrl())
					.isEqualTo("jdbc:sqlite:" + this.directory.resolve("default.db"));
			});
	}

	@Test
	void userDefinedTransactionManagerWinsOverTheCrossBindOne() {
		withAuthBind().withUserConfiguration(UserTransactionManagerConfiguration.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(PlatformTransactionManager.class))
				.isSameAs(context.getBean("transactionManager"))
				.isNotInstanceOf(CrossBindTransactionManager.class);
		});
	}

	@Test
	void defaultDatabaseFromADataSourceBeanGetsItsOwnTransactionManager() {
		this.contextRunner
			.withPropertyValues("sqlalchemy.binds.auth.uri=sqlite:///" + this.directory.resolve("auth.db"),
					"sqlalchemy.binds.auth.packages=" + AUTH_PACKAGE)
			.withUserConfiguration(DefaultDataSourceConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Db db = context.getBean(Db.class);
				assertThat(db.binds().defaultBind().transactionManager()).isInstanceOf(JpaTransactionManager.class)
					.isSameAs(context.getBean("defaultTransactionManager"));
				Integer answer = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
					.execute((status) -> 42);
				assertThat(answer).isEqualTo(42);
			});
	}

	@Test
	void withoutBindsSpringBootsOwnTransactionManagerStays() {
		this.contextRunner.withPropertyValues("sqlalchemy.database-uri=sqlite:///" + this.directory.resolve("a.db"))
			.run((context) -> {
				assertThat(context.getBean(PlatformTransactionManager.class)).isInstanceOf(JpaTransactionManager.class);
				assertThat(context).doesNotHaveBean("defaultTransactionManager");
			});
	}

	@Test
	void defaultIsNotABindKey() {
		withAuthBind("sqlalchemy.binds.default=sqlite:///" + this.directory.resolve("x.db")).run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("'sqlalchemy.binds.default'",
					"'default' is the name of the default database");
			assertThat(analysis.getAction()).contains("sqlalchemy.database-uri");
		});
	}

	@Test
	void bindWithoutUriFailsNamingTheProperty() {
		withAuthBind("sqlalchemy.binds.meta.pool-size=2").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("'sqlalchemy.binds.meta.uri'", "has no URI");
			assertThat(analysis.getAction()).contains("sqlalchemy.binds.meta");
		});
	}

	@Test
	void malformedBindUriFailsNamingTheBindsProperty() {
		withAuthBind("sqlalchemy.binds.meta=nosuchdb://u:hunter2@host/db").run((context) -> {
			assertThat(context).hasFailed();
			Throwable cause = context.getStartupFailure();
			while (!(cause instanceof InvalidDatabaseUriException) && cause.getCause() != null) {
				cause = cause.getCause();
			}
			assertThat(cause).isInstanceOf(InvalidDatabaseUriException.class)
				.hasMessageContaining("'sqlalchemy.binds.meta'")
				.hasMessageNotContaining("hunter2");
		});
	}

	private static FailureAnalysis analyze(Throwable failure) {
		Throwable cause = failure;
		while (!(cause instanceof InvalidBindException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		FailureAnalysis analysis = new InvalidBindFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		return analysis;
	}

	private static HikariDataSource pool(DataSource dataSource) throws java.sql.SQLException {
		return dataSource.unwrap(HikariDataSource.class);
	}

	@Configuration(proxyBeanMethods = false)
	record SqliteConnectionDetails(Path file) implements JdbcConnectionDetails {

		@Override
		public String getJdbcUrl() {
			return "jdbc:sqlite:" + this.file;
		}

		@Override
		public @Nullable String getUsername() {
			return null;
		}

		@Override
		public @Nullable String getPassword() {
			return null;
		}

	}

	static class UserAuthDataSourceConfiguration {

		@Bean(defaultCandidate = false)
		HikariDataSource authDataSource(@org.springframework.beans.factory.annotation.Value("${sqlalchemy.binds.auth.uri}") String uri) {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setJdbcUrl("jdbc:sqlite:" + uri.substring("sqlite:///".length()));
			dataSource.setPoolName("users-own-pool");
			return dataSource;
		}

		@Bean(name = { "authTransactionManager", "userTransactionManager" }, defaultCandidate = false)
		JpaTransactionManager authTransactionManager(
				@org.springframework.beans.factory.annotation.Qualifier("authEntityManagerFactory") EntityManagerFactory factory) {
			return new JpaTransactionManager(factory);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class DefaultDataSourceConfiguration {

		@Bean
		HikariDataSource dataSource(@org.springframework.beans.factory.annotation.Value("${sqlalchemy.binds.auth.uri}") String authUri) {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setJdbcUrl("jdbc:sqlite:" + authUri.substring("sqlite:///".length()).replace("auth.db", "default.db"));
			return dataSource;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserTransactionManagerConfiguration {

		@Bean
		PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
			return new JpaTransactionManager(entityManagerFactory);
		}

	}

}
