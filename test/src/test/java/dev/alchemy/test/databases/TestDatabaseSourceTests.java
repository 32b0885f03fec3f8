package dev.alchemy.test.databases;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TestDatabaseSource}: the order in which test database servers are
 * found, with Docker's answer given rather than asked for.
 *
 * @author Alchemy team
 */
class TestDatabaseSourceTests {

	private final AtomicInteger dockerAsked = new AtomicInteger();

	@Test
	void anEnvironmentUriWinsAndDockerIsNotAsked() {
		assertThat(TestDatabaseSource.choose("postgresql://postgres@127.0.0.1/test", docker(true)))
			.isEqualTo(TestDatabaseSource.ENVIRONMENT);
		assertThat(this.dockerAsked).hasValue(0);
	}

	@Test
	void withoutAnEnvironmentUriAContainerWhenDockerAnswers() {
		assertThat(TestDatabaseSource.choose(null, docker(true))).isEqualTo(TestDatabaseSource.TESTCONTAINERS);
		assertThat(this.dockerAsked).hasValue(1);
	}

	@Test
	void withoutAnEnvironmentUriOrDockerAnEmbeddedServer() {
		assertThat(TestDatabaseSource.choose(null, docker(false))).isEqualTo(TestDatabaseSource.EMBEDDED);
	}

	@Test
	void aBlankEnvironmentVariableCountsAsUnset() {
		assertThat(TestDatabaseSource.choose("  ", docker(true))).isEqualTo(TestDatabaseSource.TESTCONTAINERS);
		assertThat(TestDatabaseSource.choose("", docker(false))).isEqualTo(TestDatabaseSource.EMBEDDED);
	}

	@Test
	void dockerIsAvailableExactlyWhenTestcontainersFindsIt() {
		assertThat(Docker.isAvailable()).isEqualTo(DockerClientFactory.instance().isDockerAvailable());
	}

	private BooleanSupplier docker(boolean answers) {
		return () -> {
			this.dockerAsked.incrementAndGet();
			return answers;
		};
	}

}
