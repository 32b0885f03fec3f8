package dev.alchemy.autoconfigure;

import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.api.CoreLocationPrefix;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.locations.LocationParser;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * Finds the resources Flyway's own scanner would find in the configured locations, except
 * those under excluded locations. Flyway scans a location with all its subfolders and has
 * no way to leave one out, so the migrations of other binds ({@code db/migration/auth})
 * would otherwise be applied to the default database as well.
 * <p>
 * Only SQL resources (migrations, callbacks and their {@code .conf} files) come from here:
 * Flyway keeps scanning the locations for Java migrations itself, and reports locations
 * that are missing.
 */
final class ExcludingMigrationResources implements ResourceProvider {

	private final Configuration configuration;

	private final List<Location> excludedLocations;

	private volatile @Nullable List<LoadableResource> resources;

	private ExcludingMigrationResources(Configuration configuration, List<Location> excludedLocations) {
		this.configuration = configuration;
		this.excludedLocations = excludedLocations;
	}

	/**
	 * A customizer that makes Flyway skip the SQL resources under the given locations,
	 * written as in {@code spring.flyway.locations}, for example
	 * {@code classpath:db/migration/auth}. Replaces any resource provider set before.
	 * @param excludedLocations the locations to leave out
	 * @return the customizer
	 */
	static FlywayConfigurationCustomizer excluding(Collection<String> excludedLocations) {
		List<Location> excluded = excludedLocations.stream().map(LocationParser::parseLocation).toList();
		return (configuration) -> configuration.resourceProvider(new ExcludingMigrationResources(configuration, excluded));
	}

	@Override
	public @Nullable LoadableResource getResource(String name) {
		// Flyway looks up a script's .conf file by the script's relative path, case-insensitively.
		return resources().stream()
			.filter((resource) -> resource.getRelativePath().equalsIgnoreCase(name))
			.findFirst()
			.orElse(null);
	}

	@Override
	public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
		return resources().stream().filter((resource) -> matches(resource.getFilename(), prefix, suffixes)).toList();
	}

	private static boolean matches(String filename, String prefix, String[] suffixes) {
		return filename.startsWith(prefix) && Arrays.stream(suffixes)
			.anyMatch((suffix) -> filename.length() > prefix.length() + suffix.length()
					&& StringUtils.endsWithIgnoreCase(filename, suffix));
	}

	private List<LoadableResource> resources() {
		// Scanned on first use rather than when customizing, so that locations, encoding and
		// class loader are the final ones, whatever customizers run after this one.
		List<LoadableResource> resources = this.resources;
		if (resources == null) {
			resources = scan();
			this.resources = resources;
		}
		return resources;
	}

	private List<LoadableResource> scan() {
		List<LoadableResource> resources = new ArrayList<>();
		try {
			for (Location location : this.configuration.getLocations()) {
				if (CoreLocationPrefix.isClassPath(location)) {
					scanClasspath(location, resources);
				}
				else if (CoreLocationPrefix.isFileSystem(location)) {
					scanFileSystem(location, resources);
				}
				else {
					throw new FlywayException("Cannot exclude migrations from " + location
							+ ": only classpath: and filesystem: locations are supported");
				}
			}
		}
		catch (IOException ex) {
			throw new FlywayException("Unable to scan " + Arrays.toString(this.configuration.getLocations()), ex);
		}
		return List.copyOf(resources);
	}

	private void scanClasspath(Location location, List<LoadableResource> resources) throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				this.configuration.getClassLoader());
		String root = location.getRootPath().isEmpty() ? "" : location.getRootPath() + "/";
		// The same folder can be in several jars and directories: a resource's name is its
		// path below whichever of them holds it.
		Resource[] folders = resolver.getResources("classpath*:" + root);
		for (Resource resource : resolver.getResources("classpath*:" + root + "**/*")) {
			if (resource.isReadable()) {
				for (Resource folder : folders) {
					String path = pathBelow(folder, resource);
					if (path != null) {
						add(location, root + path, "/", resource, resources);
						break;
					}
				}
			}
		}
	}

	private static @Nullable String pathBelow(Resource folder, Resource resource) throws IOException {
		if (folder.isFile() && resource.isFile()) {
			Path folderPath = folder.getFile().toPath();
			Path path = resource.getFile().toPath();
			return path.startsWith(folderPath) ? StringUtils.cleanPath(folderPath.relativize(path).toString()) : null;
		}
		String folderUrl = folder.getURL().toString();
		String url = resource.getURL().toString();
		return url.startsWith(folderUrl) ? url.substring(folderUrl.length()) : null;
	}

	private void scanFileSystem(Location location, List<LoadableResource> resources) throws IOException {
		Path root = Path.of(location.getRootPath());
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isRegularFile(path) && Files.isReadable(path) && !inHiddenFolder(root, path)) {
					// Flyway names a file by the location's path as written, not an absolute one.
					String name = new File(location.getRootPath(), root.relativize(path).toString()).getPath();
					add(location, name, File.separator, new FileSystemResource(path), resources);
				}
			}
		}
	}

	// Flyway skips hidden folders, such as the ones Kubernetes mounts config maps with.
	private static boolean inHiddenFolder(Path root, Path file) throws IOException {
		for (Path folder = file.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
			if (Files.isHidden(folder)) {
				return true;
			}
		}
		return false;
	}

	private void add(Location location, String name, String separator, Resource resource,
			List<LoadableResource> resources) {
		if (contains(location, name, separator) && this.excludedLocations.stream()
			.noneMatch((excluded) -> location.getPrefix().equals(excluded.getPrefix())
					&& contains(excluded, name, separator))) {
			resources.add(new MigrationResource(resource, name, location.getPathRelativeToThis(name),
					this.configuration.getEncoding()));
		}
	}

	// A wildcard location (db/**/auth) is scanned from its first folder (db), and what it
	// holds is what matches its pattern: Flyway's rule, applied to exclusions as well.
	private static boolean contains(Location location, String name, String separator) {
		String root = location.getRootPath();
		return (root.isEmpty() || name.startsWith(root + separator))
				&& (location.getPathRegex() == null || location.getPathRegex().matcher(name).matches());
	}

	/**
	 * A resource as Flyway's scanner describes it, so that the script name and the checksum
	 * recorded in the schema history are the same.
	 */
	private static final class MigrationResource extends LoadableResource {

		private final Resource resource;

		private final String absolutePath;

		private final String relativePath;

		private final Charset encoding;

		MigrationResource(Resource resource, String absolutePath, String relativePath, Charset encoding) {
			this.resource = resource;
			this.absolutePath = absolutePath;
			this.relativePath = relativePath;
			this.encoding = encoding;
		}

		@Override
		public Reader read() {
			try {
				// A decoder, not a charset, so that a file in another encoding fails rather
				// than being read with replacement characters, as with Flyway's scanner.
				return new InputStreamReader(this.resource.getInputStream(), this.encoding.newDecoder());
			}
			catch (IOException ex) {
				throw new FlywayException("Unable to read " + this.resource.getDescription(), ex);
			}
		}

		@Override
		public String getAbsolutePath() {
			return this.absolutePath;
		}

		@Override
		public String getAbsolutePathOnDisk() {
			try {
				return this.resource.isFile() ? this.resource.getFile().getAbsolutePath()
						: this.resource.getURL().toString();
			}
			catch (IOException ex) {
				throw new FlywayException("Unable to locate " + this.resource.getDescription(), ex);
			}
		}

		@Override
		public String getFilename() {
			int separator = Math.max(this.absolutePath.lastIndexOf('/'),
					this.absolutePath.lastIndexOf(File.separatorChar));
			return this.absolutePath.substring(separator + 1);
		}

		@Override
		public String getRelativePath() {
			return this.relativePath;
		}

		@Override
		public String toString() {
			return this.absolutePath;
		}

	}

}
