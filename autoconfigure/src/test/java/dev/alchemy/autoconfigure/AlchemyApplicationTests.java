package dev.alchemy.autoconfigure;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the defaults {@link AlchemyEnvironmentPostProcessor} gives a whole
 * application.
 */
class AlchemyApplicationTests {

	@TempDir
	Path instance;

	@Test
	void openInViewIsOffUnlessTheApplicationTurnsItOn() {
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getEnvironment().getProperty("spring.jpa.open-in-view")).isEqualTo("false");
		}
		try (ConfigurableApplicationContext context = start("spring.jpa.open-in-view=true")) {
			assertThat(context.getEnvironment().getProperty("spring.jpa.open-in-view")).isEqualTo("true");
		}
	}

	@Test
	void springBootDefaultsStayWhenAlchemyIsTurnedOff() {
		MockEnvironment environment = new MockEnvironment().withProperty("sqlalchemy.enabled", "false");
		new AlchemyEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.jpa.open-in-view")).isNull();
		assertThat(environment.getProperty("spring.datasource.connection-fetch")).isNull();
	}

	@Test
	void transactionsTakeAConnectionOnlyAtTheirFirstStatement() throws Exception {
		TestDatabase database = TestDatabases.postgresql();
		try (ConfigurableApplicationContext context = FixturesApplication
			.start("sqlalchemy.database-uri=" + database.uri())) {
			DataSource dataSource = context.getBean(DataSource.class);
			assertThat(dataSource).isInstanceOf(LazyConnectionDataSourceProxy.class);
			HikariDataSource pool = ((LazyConnectionDataSourceProxy) dataSource).getTargetDataSource()
				.unwrap(HikariDataSource.class);
			TransactionTemplate transaction = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));
			EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
			transaction.executeWithoutResult((status) -> {
				assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
				EntityManagerFactoryUtils.getTransactionalEntityManager(factory)
					.createNativeQuery("select 1")
					.getSingleResult();
				assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(1);
			});
		}
	}

	@Test
	void lazyConnectionFetchingCanBeTurnedOff() {
		try (ConfigurableApplicationContext context = start("spring.datasource.connection-fetch=eager")) {
			assertThat(context.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
		}
	}

	private ConfigurableApplicationContext start(String... properties) {
		String[] all = new String[properties.length + 2];
		all[0] = "sqlalchemy.database-uri=sqlite:///app.db";
		all[1] = "sqlalchemy.instance-path=" + this.instance;
		System.arraycopy(properties, 0, all, 2, properties.length);
		return FixturesApplication.start(all);
	}

}
