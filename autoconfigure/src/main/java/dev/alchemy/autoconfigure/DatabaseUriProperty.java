package dev.alchemy.autoconfigure;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import dev.alchemy.url.DatabaseUrl;
import dev.alchemy.url.InvalidDatabaseUrlException;

/**
 * A database URI together with the property it was read from, so that every error can
 * name the property to fix.
 *
 * @param property the property, such as {@code sqlalchemy.database-uri}
 * @param value the URI as written
 */
record DatabaseUriProperty(String property, String value) {

	static final String DATABASE_URI = "sqlalchemy.database-uri";

	/**
	 * The default database's URI: {@code sqlalchemy.database-uri}, else
	 * {@code DATABASE_URL}.
	 */
	static @Nullable DatabaseUriProperty ofDefault(AlchemyProperties properties, Environment environment) {
		if (StringUtils.hasText(properties.getDatabaseUri())) {
			return new DatabaseUriProperty(DATABASE_URI, properties.getDatabaseUri());
		}
		String databaseUrl = environment.getProperty(AlchemyProperties.DATABASE_URL);
		if (StringUtils.hasText(databaseUrl)) {
			return new DatabaseUriProperty(AlchemyProperties.DATABASE_URL, databaseUrl);
		}
		return null;
	}

	DatabaseUrl parse() {
		try {
			return DatabaseUrl.parse(this.value);
		}
		catch (InvalidDatabaseUrlException ex) {
			throw new InvalidDatabaseUriException(this.property, ex);
		}
	}

	static Path instancePath(AlchemyProperties properties) {
		return Path.of(properties.getInstancePath()).toAbsolutePath().normalize();
	}

}
