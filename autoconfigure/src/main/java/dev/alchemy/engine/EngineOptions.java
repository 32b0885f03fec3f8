package dev.alchemy.engine;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.DurationUnit;

/**
 * Options of one engine (connection pool), under SQLAlchemy's names and HikariCP's. Every
 * option is {@code null} until someone sets it, so that options from several places can
 * be layered: see {@link #overriddenBy(EngineOptions)}.
 * <p>
 * Where an option exists under both names ({@code pool-timeout} and
 * {@code connection-timeout}, {@code pool-recycle} and {@code max-lifetime}), HikariCP's
 * name wins when both are set at the same level.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class EngineOptions {

	private static final Set<String> ISOLATION_LEVELS = Set.of("READ_UNCOMMITTED", "READ_COMMITTED",
			"REPEATABLE_READ", "SERIALIZABLE");

	/**
	 * Number of connections the pool keeps open (SQLAlchemy's pool_size). Without
	 * max-overflow the pool never opens more.
	 */
	private @Nullable Integer poolSize;

	/**
	 * Connections the pool may open beyond pool-size under load (SQLAlchemy's
	 * max_overflow). Defaults to 0: a fixed-size pool, as HikariCP recommends.
	 */
	private @Nullable Integer maxOverflow;

	/**
	 * How long a caller waits for a free connection before failing (SQLAlchemy's
	 * pool_timeout). Plain numbers are seconds.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private @Nullable Duration poolTimeout;

	/**
	 * Age after which a connection is replaced (SQLAlchemy's pool_recycle). Keep it below
	 * the server's idle timeout. Plain numbers are seconds; zero or negative disables it.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private @Nullable Duration poolRecycle;

	/**
	 * Whether connections are checked before use. HikariCP always checks a connection
	 * that has been idle for more than half a second, so this is on whatever it says.
	 */
	private @Nullable Boolean poolPrePing;

	/**
	 * Transaction isolation of new connections: READ UNCOMMITTED, READ COMMITTED,
	 * REPEATABLE READ or SERIALIZABLE.
	 */
	private @Nullable String isolationLevel;

	/**
	 * Properties handed to the JDBC driver on connect (SQLAlchemy's connect_args).
	 */
	private @Nullable Map<String, String> connectArgs;

	/**
	 * Whether this engine logs every statement it runs.
	 */
	private @Nullable Boolean echo;

	/**
	 * Maximum number of connections, idle and in use (HikariCP's maximumPoolSize).
	 */
	private @Nullable Integer maximumPoolSize;

	/**
	 * Minimum number of idle connections (HikariCP's minimumIdle).
	 */
	private @Nullable Integer minimumIdle;

	/**
	 * How long a caller waits for a connection (HikariCP's connectionTimeout).
	 */
	private @Nullable Duration connectionTimeout;

	/**
	 * How long a connection may sit idle before it is closed (HikariCP's idleTimeout).
	 */
	private @Nullable Duration idleTimeout;

	/**
	 * Maximum age of a connection (HikariCP's maxLifetime).
	 */
	private @Nullable Duration maxLifetime;

	/**
	 * How often idle connections are pinged to keep them alive (HikariCP's
	 * keepaliveTime).
	 */
	private @Nullable Duration keepaliveTime;

	/**
	 * Time a connection may be out of the pool before a leak is logged (HikariCP's
	 * leakDetectionThreshold).
	 */
	private @Nullable Duration leakDetectionThreshold;

	/**
	 * SQL run on every new connection (HikariCP's connectionInitSql).
	 */
	private @Nullable String connectionInitSql;

	/**
	 * Default schema of new connections (HikariCP's schema).
	 */
	private @Nullable String schema;

	/**
	 * Whether connections are read-only by default (HikariCP's readOnly).
	 */
	private @Nullable Boolean readOnly;

	/**
	 * Return new options holding these options, replaced by every option that
	 * {@code higher} sets. Driver properties are merged key by key.
	 * @param higher options of a higher precedence
	 * @return the merged options
	 */
	public EngineOptions overriddenBy(EngineOptions higher) {
		EngineOptions merged = new EngineOptions();
		merged.poolSize = pick(higher, EngineOptions::getPoolSize);
		merged.maxOverflow = pick(higher, EngineOptions::getMaxOverflow);
		merged.poolTimeout = pick(higher, EngineOptions::getPoolTimeout);
		merged.poolRecycle = pick(higher, EngineOptions::getPoolRecycle);
		merged.poolPrePing = pick(higher, EngineOptions::getPoolPrePing);
		merged.isolationLevel = pick(higher, EngineOptions::getIsolationLevel);
		merged.echo = pick(higher, EngineOptions::getEcho);
		merged.maximumPoolSize = pick(higher, EngineOptions::getMaximumPoolSize);
		merged.minimumIdle = pick(higher, EngineOptions::getMinimumIdle);
		merged.connectionTimeout = pick(higher, EngineOptions::getConnectionTimeout);
		merged.idleTimeout = pick(higher, EngineOptions::getIdleTimeout);
		merged.maxLifetime = pick(higher, EngineOptions::getMaxLifetime);
		merged.keepaliveTime = pick(higher, EngineOptions::getKeepaliveTime);
		merged.leakDetectionThreshold = pick(higher, EngineOptions::getLeakDetectionThreshold);
		merged.connectionInitSql = pick(higher, EngineOptions::getConnectionInitSql);
		merged.schema = pick(higher, EngineOptions::getSchema);
		merged.readOnly = pick(higher, EngineOptions::getReadOnly);
		if (this.connectArgs != null || higher.connectArgs != null) {
			Map<String, String> args = new LinkedHashMap<>();
			if (this.connectArgs != null) {
				args.putAll(this.connectArgs);
			}
			if (higher.connectArgs != null) {
				args.putAll(higher.connectArgs);
			}
			merged.connectArgs = args;
		}
		return merged;
	}

	private <T> @Nullable T pick(EngineOptions higher, Function<EngineOptions, @Nullable T> option) {
		T value = option.apply(higher);
		return (value != null) ? value : option.apply(this);
	}

	/**
	 * The maximum pool size these options ask for: maximum-pool-size, else pool-size plus
	 * max-overflow.
	 * @param hikariDefault the size to start from when only max-overflow is set
	 * @return the size, or {@code null} when nothing asks for one
	 */
	@Nullable Integer determineMaximumPoolSize(int hikariDefault) {
		if (this.maximumPoolSize != null) {
			return this.maximumPoolSize;
		}
		if (this.poolSize == null && this.maxOverflow == null) {
			return null;
		}
		int base = (this.poolSize != null) ? this.poolSize : hikariDefault;
		return base + ((this.maxOverflow != null) ? this.maxOverflow : 0);
	}

	@Nullable Integer determineMinimumIdle() {
		return (this.minimumIdle != null) ? this.minimumIdle : this.poolSize;
	}

	@Nullable Duration determineConnectionTimeout() {
		return (this.connectionTimeout != null) ? this.connectionTimeout : this.poolTimeout;
	}

	@Nullable Duration determineMaxLifetime() {
		Duration lifetime = (this.maxLifetime != null) ? this.maxLifetime : this.poolRecycle;
		// SQLAlchemy spells "never recycle" as -1; HikariCP as 0.
		return (lifetime != null && lifetime.isNegative()) ? Duration.ZERO : lifetime;
	}

	/**
	 * The isolation level as HikariCP names it ({@code TRANSACTION_READ_COMMITTED}).
	 * @return the level or {@code null}
	 */
	@Nullable String determineTransactionIsolation() {
		return (this.isolationLevel != null) ? "TRANSACTION_" + this.isolationLevel : null;
	}

	public @Nullable Integer getPoolSize() {
		return this.poolSize;
	}

	public void setPoolSize(@Nullable Integer poolSize) {
		this.poolSize = poolSize;
	}

	public @Nullable Integer getMaxOverflow() {
		return this.maxOverflow;
	}

	public void setMaxOverflow(@Nullable Integer maxOverflow) {
		this.maxOverflow = maxOverflow;
	}

	public @Nullable Duration getPoolTimeout() {
		return this.poolTimeout;
	}

	public void setPoolTimeout(@Nullable Duration poolTimeout) {
		this.poolTimeout = poolTimeout;
	}

	public @Nullable Duration getPoolRecycle() {
		return this.poolRecycle;
	}

	public void setPoolRecycle(@Nullable Duration poolRecycle) {
		this.poolRecycle = poolRecycle;
	}

	public @Nullable Boolean getPoolPrePing() {
		return this.poolPrePing;
	}

	public void setPoolPrePing(@Nullable Boolean poolPrePing) {
		this.poolPrePing = poolPrePing;
	}

	public @Nullable String getIsolationLevel() {
		return this.isolationLevel;
	}

	/**
	 * Set the isolation level, in SQLAlchemy's spelling ({@code READ COMMITTED}), with
	 * underscores, or in JDBC's ({@code TRANSACTION_READ_COMMITTED}).
	 * @param isolationLevel the level
	 * @throws IllegalArgumentException for an unknown level, or AUTOCOMMIT, which a
	 * transactional unit of work cannot use
	 */
	public void setIsolationLevel(@Nullable String isolationLevel) {
		if (isolationLevel == null) {
			this.isolationLevel = null;
			return;
		}
		String level = isolationLevel.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		if (level.startsWith("TRANSACTION_")) {
			level = level.substring("TRANSACTION_".length());
		}
		if (!ISOLATION_LEVELS.contains(level)) {
			throw new IllegalArgumentException("Unsupported isolation level '" + isolationLevel
					+ "': use READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ or SERIALIZABLE"
					+ (level.equals("AUTOCOMMIT") ? " (the session commits explicitly, so AUTOCOMMIT is not offered)"
							: ""));
		}
		this.isolationLevel = level;
	}

	public @Nullable Map<String, String> getConnectArgs() {
		return this.connectArgs;
	}

	public void setConnectArgs(@Nullable Map<String, String> connectArgs) {
		this.connectArgs = connectArgs;
	}

	public @Nullable Boolean getEcho() {
		return this.echo;
	}

	public void setEcho(@Nullable Boolean echo) {
		this.echo = echo;
	}

	public @Nullable Integer getMaximumPoolSize() {
		return this.maximumPoolSize;
	}

	public void setMaximumPoolSize(@Nullable Integer maximumPoolSize) {
		this.maximumPoolSize = maximumPoolSize;
	}

	public @Nullable Integer getMinimumIdle() {
		return this.minimumIdle;
	}

	public void setMinimumIdle(@Nullable Integer minimumIdle) {
		this.minimumIdle = minimumIdle;
	}

	public @Nullable Duration getConnectionTimeout() {
		return this.connectionTimeout;
	}

	public void setConnectionTimeout(@Nullable Duration connectionTimeout) {
		this.connectionTimeout = connectionTimeout;
	}

	public @Nullable Duration getIdleTimeout() {
		return this.idleTimeout;
	}

	public void setIdleTimeout(@Nullable Duration idleTimeout) {
		this.idleTimeout = idleTimeout;
	}

	public @Nullable Duration getMaxLifetime() {
		return this.maxLifetime;
	}

	public void setMaxLifetime(@Nullable Duration maxLifetime) {
		this.maxLifetime = maxLifetime;
	}

	public @Nullable Duration getKeepaliveTime() {
		return this.keepaliveTime;
	}

	public void setKeepaliveTime(@Nullable Duration keepaliveTime) {
		this.keepaliveTime = keepaliveTime;
	}

	public @Nullable Duration getLeakDetectionThreshold() {
		return this.leakDetectionThreshold;
	}

	public void setLeakDetectionThreshold(@Nullable Duration leakDetectionThreshold) {
		this.leakDetectionThreshold = leakDetectionThreshold;
	}

	public @Nullable String getConnectionInitSql() {
		return this.connectionInitSql;
	}

	public void setConnectionInitSql(@Nullable String connectionInitSql) {
		this.connectionInitSql = connectionInitSql;
	}

	public @Nullable String getSchema() {
		return this.schema;
	}

	public void setSchema(@Nullable String schema) {
		this.schema = schema;
	}

	public @Nullable Boolean getReadOnly() {
		return this.readOnly;
	}

	public void setReadOnly(@Nullable Boolean readOnly) {
		this.readOnly = readOnly;
	}

}
