package dev.alchemy.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Connects a bind to a database container declared in a test class, the way Spring Boot's
 * {@code @ServiceConnection} connects the default database. Spring Boot cannot tell two
 * containers of the same type apart; this annotation names the bind each one is for:
 * <pre class="code">
 * &#64;Container
 * &#64;ServiceConnection
 * static PostgreSQLContainer main = new PostgreSQLContainer("postgres:17-alpine");
 *
 * &#64;Container
 * &#64;BindServiceConnection("auth")
 * static MariaDBContainer auth = new MariaDBContainer("mariadb:11.4");
 * </pre> The annotated field must be static and hold a Testcontainers
 * {@code JdbcDatabaseContainer} (started here if nothing started it yet) or a Spring Boot
 * {@code JdbcConnectionDetails}. The bind must be configured
 * ({@code sqlalchemy.binds.<key>}): its pool then connects where the container says, with
 * the bind's own engine options, and
 * {@link AutoConfigureTestDatabases @AutoConfigureTestDatabases} leaves it alone. The
 * connection details are registered as the {@code <key>JdbcConnectionDetails} bean, which
 * is what Alchemy's bind configuration looks for.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BindServiceConnection {

	/**
	 * The key of the bind, as in {@code sqlalchemy.binds.<key>}.
	 * @return the bind key
	 */
	String value();

}
