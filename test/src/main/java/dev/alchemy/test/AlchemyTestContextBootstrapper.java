package dev.alchemy.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * The bootstrapper of {@link AlchemyTest @AlchemyTest}: applies its {@code properties}.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
class AlchemyTestContextBootstrapper extends TestSliceTestContextBootstrapper<AlchemyTest> {

}
