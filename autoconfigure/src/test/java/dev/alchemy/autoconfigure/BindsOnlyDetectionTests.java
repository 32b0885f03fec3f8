package dev.alchemy.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how {@link ConfiguredBinds#isBindsOnly} tells an application with binds and
 * no default database.
 */
class BindsOnlyDetectionTests {

	private final MockEnvironment environment = new MockEnvironment().withProperty("sqlalchemy.binds.auth",
			"sqlite:///auth.db");

	private final DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();

	@Test
	void bindsAndNothingElseAreBindsOnly() {
		assertThat(ConfiguredBinds.isBindsOnly(this.environment, this.beanFactory)).isTrue();
	}

	@Test
	void aDefaultDatabaseUriIsADefaultDatabase() {
		this.environment.setProperty("sqlalchemy.database-uri", "sqlite:///main.db");
		assertThat(ConfiguredBinds.isBindsOnly(this.environment, this.beanFactory)).isFalse();
	}

	@Test
	void connectionDetailsDefinedBeforeAutoConfigurationAreADefaultDatabase() {
		// What a Testcontainers @ServiceConnection field of a test class defines.
		this.beanFactory.registerBeanDefinition("postgresContainerConnectionDetails",
				new RootBeanDefinition(JdbcConnectionDetails.class));
		assertThat(ConfiguredBinds.isBindsOnly(this.environment, this.beanFactory)).isFalse();
	}

	@Test
	void aBindsOwnConnectionDetailsAreNoDefaultDatabase() {
		RootBeanDefinition bindDetails = new RootBeanDefinition(JdbcConnectionDetails.class);
		bindDetails.setDefaultCandidate(false);
		this.beanFactory.registerBeanDefinition("authJdbcConnectionDetails", bindDetails);
		assertThat(ConfiguredBinds.isBindsOnly(this.environment, this.beanFactory)).isTrue();
	}

	@Test
	void withoutBindsThereIsNoBindsOnlyApplication() {
		assertThat(ConfiguredBinds.isBindsOnly(new MockEnvironment(), this.beanFactory)).isFalse();
	}

}
