package dev.alchemy.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

import dev.alchemy.engine.EngineOptions;
import dev.alchemy.pagination.PageDefaults;

/**
 * Configuration properties for Alchemy, under {@code sqlalchemy}, as Flask-SQLAlchemy's
 * {@code SQLALCHEMY_*} keys.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@ConfigurationProperties("sqlalchemy")
public class AlchemyProperties {

	/**
	 * Environment variable read when 'sqlalchemy.database-uri' is not set.
	 */
	public static final String DATABASE_URL = "DATABASE_URL";

	/**
	 * URI of the default database, in SQLAlchemy's syntax
	 * (dialect[+driver]://user:password@host:port/database?options, e.g.
	 * sqlite:///project.db) or as a jdbc: URL. Falls back to the DATABASE_URL environment
	 * variable.
	 */
	private @Nullable String databaseUri;

	/**
	 * Options of every engine (connection pool), with SQLAlchemy's names (pool-size,
	 * max-overflow, pool-timeout, pool-recycle, pool-pre-ping, isolation-level,
	 * connect-args, echo) or HikariCP's.
	 */
	@NestedConfigurationProperty
	private final EngineOptions engineOptions = new EngineOptions();

	/**
	 * Whether every engine logs the statements it runs, unless its options say otherwise.
	 */
	private boolean echo;

	/**
	 * Whether to record the statements every engine runs, per web request or scope, for
	 * db.recordedQueries(), a debug log line per request and the recordedqueries actuator
	 * endpoint. Engines are not wrapped at all when off.
	 */
	private boolean recordQueries;

	/**
	 * Databases besides the default one, by bind key: each a URI, or a URI with the
	 * options of its engine, its entity packages and its migrations.
	 */
	private final Map<String, BindProperties> binds = new LinkedHashMap<>();

	private final Pagination pagination = new Pagination();

	/**
	 * Folder that relative SQLite and H2 file paths are resolved against. Created when
	 * missing.
	 */
	private String instancePath = "instance";

	/**
	 * Whether to publish a BeforeModelsCommittedEvent and a ModelsCommittedEvent with the
	 * entities each committed unit of work inserted, updated and deleted. Costs memory and
	 * time for every write.
	 */
	private boolean trackModifications;

	public @Nullable String getDatabaseUri() {
		return this.databaseUri;
	}

	public void setDatabaseUri(@Nullable String databaseUri) {
		this.databaseUri = databaseUri;
	}

	public EngineOptions getEngineOptions() {
		return this.engineOptions;
	}

	public boolean isEcho() {
		return this.echo;
	}

	public void setEcho(boolean echo) {
		this.echo = echo;
	}

	public boolean isRecordQueries() {
		return this.recordQueries;
	}

	public void setRecordQueries(boolean recordQueries) {
		this.recordQueries = recordQueries;
	}

	public Map<String, BindProperties> getBinds() {
		return this.binds;
	}

	public Pagination getPagination() {
		return this.pagination;
	}

	public String getInstancePath() {
		return this.instancePath;
	}

	public void setInstancePath(String instancePath) {
		this.instancePath = instancePath;
	}

	public boolean isTrackModifications() {
		return this.trackModifications;
	}

	public void setTrackModifications(boolean trackModifications) {
		this.trackModifications = trackModifications;
	}

	/**
	 * How db.paginate(...) reads pages from requests.
	 */
	public static class Pagination {

		/**
		 * Items per page when neither the request nor the call says.
		 */
		private int defaultPerPage = 20;

		/**
		 * Largest page size a request may ask for; larger values are lowered to it.
		 */
		private int maxPerPage = 100;

		/**
		 * Request parameter holding the 1-based page number.
		 */
		private String pageParameter = "page";

		/**
		 * Request parameter holding the page size.
		 */
		private String perPageParameter = "per_page";

		PageDefaults toPageDefaults() {
			return new PageDefaults(this.defaultPerPage, this.maxPerPage);
		}

		public int getDefaultPerPage() {
			return this.defaultPerPage;
		}

		public void setDefaultPerPage(int defaultPerPage) {
			this.defaultPerPage = defaultPerPage;
		}

		public int getMaxPerPage() {
			return this.maxPerPage;
		}

		public void setMaxPerPage(int maxPerPage) {
			this.maxPerPage = maxPerPage;
		}

		public String getPageParameter() {
			return this.pageParameter;
		}

		public void setPageParameter(String pageParameter) {
			this.pageParameter = pageParameter;
		}

		public String getPerPageParameter() {
			return this.perPageParameter;
		}

		public void setPerPageParameter(String perPageParameter) {
			this.perPageParameter = perPageParameter;
		}

	}

}
