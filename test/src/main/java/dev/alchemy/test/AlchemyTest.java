package dev.alchemy.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test of an Alchemy application's persistence layer: the default database and every
 * bind with their pools, Flyway migrations, entity manager factories and repositories,
 * and {@link dev.alchemy.Db Db}, but no web layer and none of the application's other
 * components.
 * <p>
 * Each test runs in one transaction that spans every bind and is rolled back afterwards,
 * so tests never see each other's rows, whether written through {@code db.session()},
 * through a repository of any bind or through an entity manager. Inside that transaction
 * {@code db.session().commit()} flushes (constraints are checked, generated ids are
 * assigned) but commits nothing, exactly as it does inside any {@code @Transactional}
 * method. Put {@link org.springframework.test.annotation.Commit @Commit} on a test (or the
 * class) to commit at its end, or
 * {@code @Transactional(propagation = Propagation.NOT_SUPPORTED)} to run it without a
 * test transaction, where {@code db.session().commit()} commits for real.
 * <p>
 * Every test has a session scope of its own, so {@code db.session()} works without a web
 * request.
 * <p>
 * The configured databases are replaced by fresh test databases of the same kind (see
 * {@link AutoConfigureTestDatabases}) unless {@link #replace()} says otherwise. A bind can
 * also be given a Testcontainers container of its own with
 * {@link BindServiceConnection @BindServiceConnection}.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(AlchemyTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(AlchemyTypeExcludeFilter.class)
@Transactional
@AutoConfigureAlchemy
@AutoConfigureTestDatabases
@ImportAutoConfiguration
public @interface AlchemyTest {

	/**
	 * Properties in the form {@literal key=value} to add to the environment before the
	 * test runs.
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * Which configured databases to replace with test databases.
	 * @return the databases to replace
	 */
	@AliasFor(annotation = AutoConfigureTestDatabases.class)
	AutoConfigureTestDatabases.Replace replace() default AutoConfigureTestDatabases.Replace.ANY;

	/**
	 * Whether the application's {@code @Component}s may be found by component scanning
	 * (only {@code @AlchemyTest}'s own includes are: none of the web layer or services).
	 * Entities and repositories are found by their own scanning, whatever this says.
	 * @return whether default filters apply
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Component types to add to the application context, such as a service under test.
	 * @return include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Component types to leave out of the application context.
	 * @return exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configuration exclusions for this test.
	 * @return auto-configuration classes to exclude
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
