package dev.alchemy.test.app;

import java.sql.Connection;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

import dev.alchemy.Db;
import dev.alchemy.session.CrossBindTransactionManager;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.AlchemyTest;
import dev.alchemy.test.app.auth.GadgetRepository;
import dev.alchemy.test.app.meta.BadgeRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code @AlchemyTest} starts, and what it leaves out.
 */
@AlchemyTest
class SliceTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Db db;

	@Test
	void startsNoWebServerAndNoWebComponents() {
		assertThat(this.context).isNotInstanceOf(WebApplicationContext.class);
		assertThat(this.context.getBeanNamesForType(WidgetController.class)).isEmpty();
		assertThat(this.context.containsBean("dispatcherServlet")).isFalse();
	}

	@Test
	void startsThePersistenceLayerOfEveryBind() {
		assertThat(this.context.getBeanNamesForType(WidgetRepository.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(GadgetRepository.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(BadgeRepository.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(Flyway.class)).containsKeys("flyway", "authFlyway", "metaFlyway");
		assertThat(this.db.engines()).containsOnlyKeys("default", "auth", "meta");
	}

	@Test
	void runsEachTestInOneTransactionOverEveryBind() {
		assertThat(TestTransaction.isActive()).isTrue();
		assertThat(this.context.getBean("transactionManager", PlatformTransactionManager.class))
			.isInstanceOf(CrossBindTransactionManager.class);
	}

	@Test
	void givesEachTestASessionScope() {
		assertThat(SessionScope.isOpen()).isTrue();
		assertThat(this.db.session().get(Widget.class, -1L)).isNull();
	}

	@Test
	void replacesEveryConfiguredDatabaseWithAFreshOne() {
		assertThat(databaseName(this.db.engine())).startsWith("alchemy_test_");
		assertThat(databaseName(this.db.engine("auth"))).startsWith("alchemy_test_");
		String metaFile = new JdbcTemplate(this.db.engine("meta")).queryForObject(
				"select file from pragma_database_list where name = 'main'", String.class);
		assertThat(metaFile).contains("alchemy-test-sqlite-").doesNotContain("instance");
	}

	private static String databaseName(DataSource dataSource) {
		return new JdbcTemplate(dataSource).execute((ConnectionCallback<String>) Connection::getCatalog);
	}

}
