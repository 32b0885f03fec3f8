package dev.alchemy.url;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * File paths of embedded databases, which Flask-SQLAlchemy resolves against the instance
 * folder rather than the working directory.
 */
final class FilePaths {

	private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:[\\\\/].*");

	private FilePaths() {
	}

	static boolean isAbsolute(String path) {
		return path.startsWith("/") || path.startsWith("\\") || WINDOWS_DRIVE.matcher(path).matches();
	}

	/**
	 * Resolve a relative path against the instance path, made absolute; leave an absolute
	 * one as it is, apart from writing a Windows path with forward slashes.
	 */
	static String resolve(Path instancePath, String path) {
		if (WINDOWS_DRIVE.matcher(path).matches()) {
			return path.replace('\\', '/');
		}
		if (isAbsolute(path)) {
			return path;
		}
		return instancePath.toAbsolutePath().normalize().resolve(path).toString();
	}

}
