package dev.alchemy.test.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application on three databases for the tests of {@code @AlchemyTest}: widgets on
 * PostgreSQL (the default database), gadgets on MariaDB ({@code auth}) and badges on an
 * SQLite file ({@code meta}).
 */
@SpringBootApplication
public class TestApplication {

}
