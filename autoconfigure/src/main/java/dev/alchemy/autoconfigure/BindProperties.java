package dev.alchemy.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.alchemy.engine.EngineOptions;

/**
 * One bind under {@code sqlalchemy.binds.<key>}: its URI, the options of its engine
 * (which win over {@code sqlalchemy.engine-options}), the packages whose entities belong
 * to it and its migrations. Written as a plain URI, a bind has only the URI.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class BindProperties extends EngineOptions {

	/**
	 * URI of the bind's database, in SQLAlchemy's syntax or as a jdbc: URL.
	 */
	private @Nullable String uri;

	/**
	 * Packages whose entities belong to this bind, besides those marked with @Bind. They
	 * are scanned for entities.
	 */
	private List<String> packages = new ArrayList<>();

	private final Flyway flyway = new Flyway();

	private boolean writtenAsUri;

	public @Nullable String getUri() {
		return this.uri;
	}

	public void setUri(@Nullable String uri) {
		this.uri = uri;
	}

	public List<String> getPackages() {
		return this.packages;
	}

	public void setPackages(List<String> packages) {
		this.packages = packages;
	}

	public Flyway getFlyway() {
		return this.flyway;
	}

	boolean isWrittenAsUri() {
		return this.writtenAsUri;
	}

	void markWrittenAsUri() {
		this.writtenAsUri = true;
	}

	/**
	 * Migrations of one bind.
	 */
	public static class Flyway {

		/**
		 * Whether Flyway migrates this bind's database, when Flyway is on the classpath and
		 * migrations exist in the locations.
		 */
		private boolean enabled = true;

		/**
		 * Locations of the bind's migrations. Defaults to classpath:db/migration/<key>.
		 */
		private @Nullable List<String> locations;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public @Nullable List<String> getLocations() {
			return this.locations;
		}

		public void setLocations(@Nullable List<String> locations) {
			this.locations = locations;
		}

	}

}
