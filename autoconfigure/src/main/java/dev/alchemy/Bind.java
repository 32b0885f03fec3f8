package dev.alchemy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Puts an entity in a bind: the database configured under
 * {@code sqlalchemy.binds.<key>}. On a class it covers the class and its subclasses; in
 * a {@code package-info.java} it covers the entities of that package. Entities without it
 * belong to the default database.
 * <pre class="code">
 * &#64;Entity
 * &#64;Bind("auth")
 * public class Account { ... }
 * </pre>
 * <p>
 * On an injection point it is a qualifier that selects the bind's bean: its
 * {@code DataSource}, {@code EntityManagerFactory}, {@code EntityManager} or
 * {@code PlatformTransactionManager}.
 * <pre class="code">
 * AccountService(&#64;Bind("auth") EntityManager entityManager) { ... }
 * </pre>
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Target({ ElementType.TYPE, ElementType.PACKAGE, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Qualifier
public @interface Bind {

	/**
	 * The bind key, as configured under {@code sqlalchemy.binds}.
	 * @return the bind key
	 */
	String value();

}
