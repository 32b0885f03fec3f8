package dev.alchemy.engine;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

import dev.alchemy.url.DatabaseUrl;
import dev.alchemy.url.Dialect;

/**
 * Applies engine options to a HikariCP pool, layering them from lowest to highest
 * precedence: driver defaults, {@link EngineOptionsCustomizer} beans,
 * {@code sqlalchemy.engine-options}, the bind's own options. Values a driver cannot work
 * without (one shared connection for in-memory SQLite) are forced last.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class EngineConfigurer {

	private static final int HIKARI_DEFAULT_POOL_SIZE = 10;

	private static final Duration MYSQL_RECYCLE = Duration.of(30, ChronoUnit.MINUTES);

	private static final String DATASOURCE_PROXY = "net.ttddyy.dsproxy.support.ProxyDataSourceBuilder";

	private final List<EngineOptionsCustomizer> customizers;

	private final EngineOptions engineOptions;

	private final boolean echo;

	private final List<ProxyDataSourceBuilderCustomizer> proxyCustomizers;

	/**
	 * Create a configurer.
	 * @param customizers the customizers, in order
	 * @param engineOptions the options every engine shares ({@code sqlalchemy.engine-options})
	 * @param echo whether engines whose options do not say otherwise log their statements
	 * ({@code sqlalchemy.echo})
	 */
	public EngineConfigurer(List<EngineOptionsCustomizer> customizers, EngineOptions engineOptions, boolean echo) {
		this(customizers, engineOptions, echo, List.of());
	}

	/**
	 * Create a configurer whose engines are wrapped in datasource-proxy for the given
	 * customizers.
	 * @param customizers the customizers, in order
	 * @param engineOptions the options every engine shares ({@code sqlalchemy.engine-options})
	 * @param echo whether engines whose options do not say otherwise log their statements
	 * ({@code sqlalchemy.echo})
	 * @param proxyCustomizers what listens to every engine's statements, in order
	 */
	public EngineConfigurer(List<EngineOptionsCustomizer> customizers, EngineOptions engineOptions, boolean echo,
			List<ProxyDataSourceBuilderCustomizer> proxyCustomizers) {
		this.customizers = List.copyOf(customizers);
		this.engineOptions = engineOptions;
		this.echo = echo;
		this.proxyCustomizers = List.copyOf(proxyCustomizers);
	}

	/**
	 * Resolve the options of one engine.
	 * @param bindKey the bind
	 * @param url the bind's database URL
	 * @param bindOptions the bind's own options, if any
	 * @return the options after every layer
	 */
	public EngineOptions resolve(String bindKey, DatabaseUrl url, @Nullable EngineOptions bindOptions) {
		EngineOptions options = driverDefaults(url);
		for (EngineOptionsCustomizer customizer : this.customizers) {
			customizer.customize(bindKey, options);
		}
		options = options.overriddenBy(this.engineOptions);
		if (bindOptions != null) {
			options = options.overriddenBy(bindOptions);
		}
		if (options.getEcho() == null) {
			options.setEcho(this.echo);
		}
		return options;
	}

	/**
	 * Configure a pool for one engine: name it after the bind and apply its resolved
	 * options. Pool settings the options leave unset keep the values the pool already
	 * has. Statement logging ({@code echo}) is not a pool setting: see
	 * {@link StatementEcho}.
	 * @param pool the pool, not started yet
	 * @param bindKey the bind
	 * @param url the bind's database URL
	 * @param bindOptions the bind's own options, if any
	 * @return the options that were applied
	 */
	public EngineOptions configure(HikariConfig pool, String bindKey, DatabaseUrl url,
			@Nullable EngineOptions bindOptions) {
		EngineOptions options = resolve(bindKey, url, bindOptions);
		if (pool.getPoolName() == null) {
			pool.setPoolName(bindKey);
		}
		Integer maximumPoolSize = options.determineMaximumPoolSize(HIKARI_DEFAULT_POOL_SIZE);
		set(maximumPoolSize, pool::setMaximumPoolSize);
		set(options.determineMinimumIdle(), pool::setMinimumIdle);
		setMillis(options.determineConnectionTimeout(), pool::setConnectionTimeout);
		setMillis(options.determineMaxLifetime(), pool::setMaxLifetime);
		setMillis(options.getIdleTimeout(), pool::setIdleTimeout);
		setMillis(options.getKeepaliveTime(), pool::setKeepaliveTime);
		setMillis(options.getLeakDetectionThreshold(), pool::setLeakDetectionThreshold);
		set(options.determineTransactionIsolation(), pool::setTransactionIsolation);
		set(options.getConnectionInitSql(), pool::setConnectionInitSql);
		set(options.getSchema(), pool::setSchema);
		set(options.getReadOnly(), pool::setReadOnly);
		if (options.getConnectArgs() != null) {
			options.getConnectArgs().forEach(pool::addDataSourceProperty);
		}
		if (url.dialect() == Dialect.SQLITE && url.isInMemory()) {
			shareOneConnection(pool);
		}
		return options;
	}

	/**
	 * Wrap an engine in one datasource-proxy when something listens to its statements:
	 * {@code echo} (see {@link StatementEcho}) or {@link ProxyDataSourceBuilderCustomizer}
	 * beans such as query recording. An engine nobody listens to is returned as it is, so
	 * it costs nothing.
	 * @param dataSource the engine
	 * @param bindKey the bind it serves
	 * @param echo whether the engine's options turn {@code echo} on
	 * @return the engine, wrapped or not
	 * @throws IllegalStateException when the engine is to be wrapped and datasource-proxy
	 * is not on the classpath
	 */
	public DataSource proxy(DataSource dataSource, String bindKey, boolean echo) {
		if (!echo && this.proxyCustomizers.isEmpty()) {
			return dataSource;
		}
		if (!ClassUtils.isPresent(DATASOURCE_PROXY, EngineConfigurer.class.getClassLoader())) {
			throw new IllegalStateException("Statement echo (sqlalchemy.echo / engine option echo) and query "
					+ "recording (sqlalchemy.record-queries) need net.ttddyy:datasource-proxy on the classpath; "
					+ "the Alchemy starter brings it");
		}
		return EngineProxies.wrap(dataSource, bindKey, echo, this.proxyCustomizers);
	}

	private static EngineOptions driverDefaults(DatabaseUrl url) {
		EngineOptions defaults = new EngineOptions();
		if (url.dialect() == Dialect.MYSQL || url.dialect() == Dialect.MARIADB) {
			// Below the server's 8-hour wait_timeout, like Flask-SQLAlchemy's pool_recycle.
			defaults.setPoolRecycle(MYSQL_RECYCLE);
		}
		return defaults;
	}

	/**
	 * Every connection to {@code jdbc:sqlite::memory:} opens a database of its own, so the
	 * pool must hold exactly one connection and never retire it, or the data vanishes:
	 * Flask-SQLAlchemy's StaticPool.
	 */
	private static void shareOneConnection(HikariConfig pool) {
		pool.setMaximumPoolSize(1);
		pool.setMinimumIdle(1);
		pool.setMaxLifetime(0);
		pool.setIdleTimeout(0);
	}

	private static <T> void set(@Nullable T value, Consumer<T> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

	private static void setMillis(@Nullable Duration value, Consumer<Long> setter) {
		if (value != null) {
			setter.accept(value.toMillis());
		}
	}

}
