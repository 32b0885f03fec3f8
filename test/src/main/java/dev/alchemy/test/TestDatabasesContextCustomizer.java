package dev.alchemy.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

import dev.alchemy.test.AutoConfigureTestDatabases.Replace;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;
import dev.alchemy.url.DatabaseUrl;
import dev.alchemy.url.InvalidDatabaseUrlException;

/**
 * Points the configured databases at fresh test databases, through a property source that
 * comes before the application's own. The configured values are never logged: they may
 * hold passwords.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class TestDatabasesContextCustomizer implements ContextCustomizer {

	static final String REPLACE_PROPERTY = "sqlalchemy.test.database.replace";

	static final String PROPERTY_SOURCE_NAME = "alchemyTestDatabases";

	private static final Log logger = LogFactory.getLog(TestDatabasesContextCustomizer.class);

	/** One directory per JVM for the SQLite files of every context. */
	private static final SingletonSupplier<Path> sqliteDirectory = SingletonSupplier
		.of(TestDatabasesContextCustomizer::createSqliteDirectory);

	private final Set<String> bindsWithContainers;

	private final boolean defaultHasContainer;

	TestDatabasesContextCustomizer(Set<String> bindsWithContainers, boolean defaultHasContainer) {
		this.bindsWithContainers = Set.copyOf(bindsWithContainers);
		this.defaultHasContainer = defaultHasContainer;
	}

	/**
	 * Replaces the databases once the context's environment is complete.
	 */
	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		ConfigurableEnvironment environment = context.getEnvironment();
		context.addBeanFactoryPostProcessor(new BeforeConfigurationClasses((registry) -> replace(environment)));
	}

	private void replace(ConfigurableEnvironment environment) {
		Binder binder = Binder.get(environment);
		Replace replace = binder.bind(REPLACE_PROPERTY, Replace.class).orElse(Replace.ANY);
		if (replace == Replace.NONE) {
			logger.info("Tests use the configured databases (" + REPLACE_PROPERTY + "=none)");
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		if (!this.defaultHasContainer) {
			replaceDefault(environment, properties);
		}
		Map<String, Object> binds = binder.bind("sqlalchemy.binds", Bindable.mapOf(String.class, Object.class))
			.orElseGet(Map::of);
		binds.forEach((key, bind) -> {
			if (!this.bindsWithContainers.contains(key)) {
				replaceBind(key, bind, properties);
			}
		});
		if (!properties.isEmpty()) {
			environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		}
	}

	private static void replaceDefault(ConfigurableEnvironment environment, Map<String, Object> properties) {
		for (String property : new String[] { "sqlalchemy.database-uri", "DATABASE_URL" }) {
			String uri = environment.getProperty(property);
			if (StringUtils.hasText(uri)) {
				TestDatabase database = provision("the default database", property, uri);
				if (database != null) {
					// Alchemy reads sqlalchemy.database-uri before DATABASE_URL.
					properties.put("sqlalchemy.database-uri", database.uri());
				}
				return;
			}
		}
		String url = environment.getProperty("spring.datasource.url");
		if (StringUtils.hasText(url)) {
			TestDatabase database = provision("the default database", "spring.datasource.url", url);
			if (database != null) {
				properties.put("spring.datasource.url", database.jdbcUrl());
				properties.put("spring.datasource.username", Objects.toString(database.username(), ""));
				properties.put("spring.datasource.password", Objects.toString(database.password(), ""));
			}
		}
	}

	private static void replaceBind(String key, Object bind, Map<String, Object> properties) {
		String property = "sqlalchemy.binds." + key;
		if (bind instanceof Map<?, ?> options) {
			property += ".uri";
			bind = options.get("uri");
		}
		if (bind instanceof String uri && StringUtils.hasText(uri)) {
			TestDatabase database = provision("bind '" + key + "'", property, uri);
			if (database != null) {
				properties.put(property, database.uri());
			}
		}
	}

	private static @Nullable TestDatabase provision(String description, String property, String uri) {
		String kind = kindOf(uri);
		TestDatabase database = switch (kind) {
			case "postgresql" -> TestDatabases.postgresql();
			case "mariadb" -> TestDatabases.mariadb();
			case "sqlite-file" -> TestDatabases.sqlite(sqliteDirectory.obtain());
			default -> null;
		};
		if (database == null) {
			logger.info("Tests use " + description + " as configured in " + property
					+ ": no test databases of its kind");
		}
		else {
			logger.info("Tests use a fresh " + database + " for " + description + " (" + property + ")");
		}
		return database;
	}

	/**
	 * The kind of database a URI names, as far as test databases go: {@code postgresql},
	 * {@code mariadb}, {@code sqlite-file}, {@code sqlite-memory}, the dialect's name for
	 * the rest, or {@code unknown} for a URI that Alchemy would refuse (it is left as it
	 * is, so the application reports it as it would outside a test).
	 */
	static String kindOf(String uri) {
		DatabaseUrl url;
		try {
			url = DatabaseUrl.parse(uri);
		}
		catch (InvalidDatabaseUrlException ex) {
			return "unknown";
		}
		return switch (url.dialect()) {
			case POSTGRESQL -> "postgresql";
			case MARIADB -> "mariadb";
			case SQLITE -> url.isInMemory() ? "sqlite-memory" : "sqlite-file";
			default -> url.dialect().name().toLowerCase(Locale.ROOT);
		};
	}

	private static Path createSqliteDirectory() {
		try {
			Path directory = Files.createTempDirectory("alchemy-test-sqlite-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(directory),
					"alchemy-test-sqlite-delete"));
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a directory for SQLite test databases", ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		try {
			FileSystemUtils.deleteRecursively(directory);
		}
		catch (IOException ex) {
			// Best effort: it is under the system temp directory.
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof TestDatabasesContextCustomizer that
				&& this.bindsWithContainers.equals(that.bindsWithContainers)
				&& this.defaultHasContainer == that.defaultHasContainer;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.bindsWithContainers, this.defaultHasContainer);
	}

}
