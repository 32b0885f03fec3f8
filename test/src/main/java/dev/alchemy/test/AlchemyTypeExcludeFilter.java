package dev.alchemy.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * Leaves the application's components out of an {@link AlchemyTest @AlchemyTest} context
 * unless the test includes them.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
class AlchemyTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<AlchemyTest> {

	AlchemyTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

}
