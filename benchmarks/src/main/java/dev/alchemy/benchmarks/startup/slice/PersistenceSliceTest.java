package dev.alchemy.benchmarks.startup.slice;

import org.springframework.test.context.ContextConfiguration;

import dev.alchemy.samples.binds.BindsApplication;
import dev.alchemy.test.AlchemyTest;

/**
 * The binds sample as an {@code @AlchemyTest} sees it: its persistence layer on every
 * bind. Never run as a test: {@link TestContextStartup} only builds its context.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@AlchemyTest
@ContextConfiguration(classes = BindsApplication.class)
public class PersistenceSliceTest {

}
