package dev.alchemy.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.AutoConfigureDataJpa;

/**
 * Imports the auto-configuration of Alchemy's persistence layer: Spring Boot's JDBC, JPA,
 * Spring Data JPA, transaction and Flyway support, Testcontainers service connections and
 * Alchemy's engines, binds, {@link dev.alchemy.Db Db}, query recording and modification
 * events (the last two when their properties switch them on). {@link AlchemyTest @AlchemyTest}
 * uses it; it can also be put on another test slice.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AutoConfigureDataJpa
@ImportAutoConfiguration
public @interface AutoConfigureAlchemy {

}
