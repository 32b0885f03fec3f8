package dev.alchemy.benchmarks.startup.slice;

import org.springframework.boot.test.context.SpringBootTest;

import dev.alchemy.samples.binds.BindsApplication;
import dev.alchemy.test.AutoConfigureTestDatabases;

/**
 * The whole binds sample as a {@code @SpringBootTest} sees it (a mock web environment),
 * on the same test databases as {@link PersistenceSliceTest}. Never run as a test:
 * {@link TestContextStartup} only builds its context.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@SpringBootTest(classes = BindsApplication.class)
@AutoConfigureTestDatabases
public class FullApplicationTest {

}
