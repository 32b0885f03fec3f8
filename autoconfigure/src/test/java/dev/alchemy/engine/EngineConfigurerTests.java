package dev.alchemy.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.alchemy.url.DatabaseUrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link EngineConfigurer} and {@link EngineOptions}.
 */
class EngineConfigurerTests {

	private static final DatabaseUrl MARIADB = DatabaseUrl.parse("mariadb://app@localhost/app");

	private static final DatabaseUrl POSTGRESQL = DatabaseUrl.parse("postgresql://app@localhost/app");

	@Test
	void driverDefaultGivesMysqlFamilyARecycleTimeBelowTheServerIdleTimeout() {
		EngineOptions options = new EngineConfigurer(List.of(), new EngineOptions(), false).resolve("default", MARIADB,
				null);
		assertThat(options.getPoolRecycle()).isEqualTo(Duration.ofMinutes(30));
		assertThat(new EngineConfigurer(List.of(), new EngineOptions(), false).resolve("default", POSTGRESQL, null)
			.getPoolRecycle()).isNull();
	}

	@Test
	void customizerOverridesDriverDefault() {
		EngineConfigurer configurer = new EngineConfigurer(
				List.of((bind, options) -> options.setPoolRecycle(Duration.ofMinutes(20))), new EngineOptions(), false);
		assertThat(configurer.resolve("default", MARIADB, null).getPoolRecycle()).isEqualTo(Duration.ofMinutes(20));
	}

	@Test
	void engineOptionsOverrideCustomizer() {
		EngineOptions engineOptions = new EngineOptions();
		engineOptions.setPoolRecycle(Duration.ofMinutes(10));
		EngineConfigurer configurer = new EngineConfigurer(
				List.of((bind, options) -> options.setPoolRecycle(Duration.ofMinutes(20))), engineOptions, false);
		assertThat(configurer.resolve("default", MARIADB, null).getPoolRecycle()).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void bindOptionsOverrideEngineOptions() {
		EngineOptions engineOptions = new EngineOptions();
		engineOptions.setPoolRecycle(Duration.ofMinutes(10));
		engineOptions.setPoolSize(4);
		EngineOptions bindOptions = new EngineOptions();
		bindOptions.setPoolRecycle(Duration.ofMinutes(5));
		EngineOptions resolved = new EngineConfigurer(List.of(), engineOptions, false).resolve("auth", MARIADB, bindOptions);
		assertThat(resolved.getPoolRecycle()).isEqualTo(Duration.ofMinutes(5));
		assertThat(resolved.getPoolSize()).isEqualTo(4);
	}

	@Test
	void customizersRunInOrderAndSeeTheBindKey() {
		EngineConfigurer configurer = new EngineConfigurer(List.of((bind, options) -> options.setPoolSize(1),
				(bind, options) -> options.setPoolSize(options.getPoolSize() + bind.length())), new EngineOptions(),
				false);
		assertThat(configurer.resolve("auth", POSTGRESQL, null).getPoolSize()).isEqualTo(5);
	}

	@Test
	void connectArgsAreMergedKeyByKey() {
		EngineOptions lower = new EngineOptions();
		lower.setConnectArgs(Map.of("a", "1", "b", "1"));
		EngineOptions higher = new EngineOptions();
		higher.setConnectArgs(Map.of("b", "2"));
		assertThat(lower.overriddenBy(higher).getConnectArgs()).containsExactlyInAnyOrderEntriesOf(
				Map.of("a", "1", "b", "2"));
	}

	@Test
	void sqlAlchemyOptionsMapOntoHikari() {
		EngineOptions options = new EngineOptions();
		options.setPoolSize(5);
		options.setMaxOverflow(3);
		options.setPoolTimeout(Duration.ofSeconds(7));
		options.setPoolRecycle(Duration.ofSeconds(600));
		options.setIsolationLevel("READ COMMITTED");
		options.setConnectArgs(Map.of("ApplicationName", "alchemy"));
		HikariConfig pool = new HikariConfig();
		new EngineConfigurer(List.of(), options, false).configure(pool, "default", POSTGRESQL, null);
		assertThat(pool.getMaximumPoolSize()).isEqualTo(8);
		assertThat(pool.getMinimumIdle()).isEqualTo(5);
		assertThat(pool.getConnectionTimeout()).isEqualTo(7000);
		assertThat(pool.getMaxLifetime()).isEqualTo(600_000);
		assertThat(pool.getTransactionIsolation()).isEqualTo("TRANSACTION_READ_COMMITTED");
		assertThat(pool.getDataSourceProperties()).containsEntry("ApplicationName", "alchemy");
		assertThat(pool.getPoolName()).isEqualTo("default");
	}

	@Test
	void hikariNamesWinOverSqlAlchemyNamesAtTheSameLevel() {
		EngineOptions options = new EngineOptions();
		options.setPoolSize(5);
		options.setMaximumPoolSize(12);
		options.setPoolRecycle(Duration.ofSeconds(600));
		options.setMaxLifetime(Duration.ofSeconds(900));
		HikariConfig pool = new HikariConfig();
		new EngineConfigurer(List.of(), options, false).configure(pool, "default", POSTGRESQL, null);
		assertThat(pool.getMaximumPoolSize()).isEqualTo(12);
		assertThat(pool.getMaxLifetime()).isEqualTo(900_000);
	}

	@Test
	void negativePoolRecycleDisablesRecycling() {
		EngineOptions options = new EngineOptions();
		options.setPoolRecycle(Duration.ofSeconds(-1));
		HikariConfig pool = new HikariConfig();
		new EngineConfigurer(List.of(), options, false).configure(pool, "default", POSTGRESQL, null);
		assertThat(pool.getMaxLifetime()).isZero();
	}

	@Test
	void unsetOptionsLeaveThePoolAlone() {
		HikariConfig pool = new HikariConfig();
		pool.setMaximumPoolSize(3);
		pool.setPoolName("mine");
		new EngineConfigurer(List.of(), new EngineOptions(), false).configure(pool, "default", POSTGRESQL, null);
		assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
		assertThat(pool.getPoolName()).isEqualTo("mine");
	}

	@Test
	void inMemorySqliteIsOneConnectionThatIsNeverRetiredWhateverTheOptionsSay() {
		EngineOptions options = new EngineOptions();
		options.setPoolSize(10);
		options.setPoolRecycle(Duration.ofMinutes(5));
		HikariConfig pool = new HikariConfig();
		new EngineConfigurer(List.of(), options, false).configure(pool, "default", DatabaseUrl.parse("sqlite://"), null);
		assertThat(pool.getMaximumPoolSize()).isEqualTo(1);
		assertThat(pool.getMinimumIdle()).isEqualTo(1);
		assertThat(pool.getMaxLifetime()).isZero();
		assertThat(pool.getIdleTimeout()).isZero();
	}

	@Test
	void sqliteFileDatabaseKeepsAnOrdinaryPool() {
		HikariConfig pool = new HikariConfig();
		new EngineConfigurer(List.of(), new EngineOptions(), false).configure(pool, "default",
				DatabaseUrl.parse("sqlite:///project.db"), null);
		assertThat(pool.getMaximumPoolSize()).isEqualTo(new HikariConfig().getMaximumPoolSize());
	}

	@Test
	void isolationLevelAcceptsSqlAlchemyAndJdbcSpellings() {
		EngineOptions options = new EngineOptions();
		options.setIsolationLevel("repeatable read");
		assertThat(options.getIsolationLevel()).isEqualTo("REPEATABLE_READ");
		options.setIsolationLevel("TRANSACTION_SERIALIZABLE");
		assertThat(options.getIsolationLevel()).isEqualTo("SERIALIZABLE");
	}

	@Test
	void isolationLevelRefusesAutocommitAndUnknownLevels() {
		EngineOptions options = new EngineOptions();
		assertThatIllegalArgumentException().isThrownBy(() -> options.setIsolationLevel("AUTOCOMMIT"))
			.withMessageContaining("AUTOCOMMIT is not offered");
		assertThatIllegalArgumentException().isThrownBy(() -> options.setIsolationLevel("SNAPSHOT"))
			.withMessageContaining("'SNAPSHOT'");
	}

	@Test
	void echoDefaultsToTheGlobalSwitchAndEngineOptionsOverrideIt() {
		assertThat(new EngineConfigurer(List.of(), new EngineOptions(), true).resolve("default", POSTGRESQL, null)
			.getEcho()).isTrue();
		EngineOptions quiet = new EngineOptions();
		quiet.setEcho(false);
		assertThat(new EngineConfigurer(List.of(), quiet, true).resolve("default", POSTGRESQL, null).getEcho())
			.isFalse();
	}

	@Test
	void anEngineNobodyListensToIsNotWrapped() {
		DataSource engine = new SimpleDriverDataSource();
		assertThat(new EngineConfigurer(List.of(), new EngineOptions(), false).proxy(engine, "auth", false))
			.isSameAs(engine);
	}

	@Test
	void echoAndProxyCustomizersShareOneProxy() {
		DataSource engine = new SimpleDriverDataSource();
		List<String> customized = new ArrayList<>();
		EngineConfigurer configurer = new EngineConfigurer(List.of(), new EngineOptions(), false,
				List.of((bindKey, builder) -> customized.add(bindKey),
						(bindKey, builder) -> customized.add(bindKey)));
		DataSource proxy = configurer.proxy(engine, "auth", true);
		assertThat(proxy).isInstanceOf(ProxyDataSource.class);
		assertThat(((ProxyDataSource) proxy).getDataSource()).isSameAs(engine);
		assertThat(((ProxyDataSource) proxy).getDataSourceName()).isEqualTo("auth");
		assertThat(customized).containsExactly("auth", "auth");
		assertThat(((ProxyDataSource) proxy).getProxyConfig().getQueryListener().getListeners())
			.hasExactlyElementsOfTypes(StatementEcho.class);
	}

}
