package dev.alchemy.test.databases;

import org.springframework.util.ClassUtils;

/**
 * Whether Testcontainers can start containers here: it is on the class path and a Docker
 * daemon answers it.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class Docker {

	private static final String DOCKER_CLIENT_FACTORY = "org.testcontainers.DockerClientFactory";

	private Docker() {
	}

	static boolean isAvailable() {
		if (!ClassUtils.isPresent(DOCKER_CLIENT_FACTORY, Docker.class.getClassLoader())) {
			return false;
		}
		try {
			return Answers.ask();
		}
		catch (RuntimeException | LinkageError ex) {
			// Testcontainers reports a missing or broken Docker by failing: either way, no
			// containers.
			return false;
		}
	}

	/**
	 * Loaded only once Testcontainers is known to be on the class path.
	 */
	private static final class Answers {

		static boolean ask() {
			return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
		}

	}

}
