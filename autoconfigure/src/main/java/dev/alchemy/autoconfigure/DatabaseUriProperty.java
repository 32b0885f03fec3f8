package dev.alchemy.autoconfigure;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.PropertyResolver;
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
	 * The default database's URI: {@code sqlalchemy.database-uri} (which relaxed binding
	 * also reads from {@code SQLALCHEMY_DATABASE_URI}), else {@code DATABASE_URL}.
	 * @param environment where to look
	 * @return the URI and its property, or {@code null} when neither is set
	 */
	static @Nullable DatabaseUriProperty find(PropertyResolver environment) {
		for (String property : new String[] { DATABASE_URI, AlchemyProperties.DATABASE_URL }) {
			String value = environment.getProperty(property);
			if (StringUtils.hasText(value)) {
				return new DatabaseUriProperty(property, value);
			}
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
