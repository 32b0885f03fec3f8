package dev.alchemy.benchmarks.startup.handwired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The SQL files directly in one class path location, not in its subfolders.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class TopLevelMigrations implements ResourceProvider {

	private final List<LoadableResource> resources = new ArrayList<>();

	TopLevelMigrations(Location location, ClassLoader classLoader) {
		String root = location.getRootPath();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver(classLoader)
				.getResources("classpath*:" + root + "/*.sql")) {
				this.resources.add(new ClassPathResource(location, root + "/" + resource.getFilename(), classLoader,
						StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public @Nullable LoadableResource getResource(String name) {
		return this.resources.stream()
			.filter((resource) -> resource.getRelativePath().equalsIgnoreCase(name))
			.findFirst()
			.orElse(null);
	}

	@Override
	public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
		return this.resources.stream()
			.filter((resource) -> resource.getFilename().startsWith(prefix)
					&& Arrays.stream(suffixes).anyMatch(resource.getFilename()::endsWith))
			.toList();
	}

}
