package dev.alchemy.benchmarks.startup.handwired;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

import dev.alchemy.samples.binds.Note;

/**
 * The binds sample's components that do not use Alchemy's {@code Db}: the notes service
 * and the notes page.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = Note.class, useDefaultFilters = false,
		includeFilters = @Filter(type = FilterType.REGEX,
				pattern = "dev\\.alchemy\\.samples\\.binds\\.(NoteService|NotePageController)"))
class SampleComponents {

}
