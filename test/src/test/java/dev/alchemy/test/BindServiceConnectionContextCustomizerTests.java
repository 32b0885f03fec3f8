package dev.alchemy.test;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.MergedContextConfiguration;

import dev.alchemy.Bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link BindServiceConnectionContextCustomizer} and
 * {@link BindConnectionDetails}.
 *
 * @author Alchemy team
 */
class BindServiceConnectionContextCustomizerTests {

	@Test
	void registersTheBindsConnectionDetailsWhereTheyCannotStandInForTheDefaultDatabase() {
		try (GenericApplicationContext context = refresh(Holder.class, "sqlalchemy.binds.auth",
				"mariadb://root@auth.invalid/users")) {
			assertThat(context.getBean("authJdbcConnectionDetails", JdbcConnectionDetails.class).getJdbcUrl())
				.isEqualTo("jdbc:mariadb://container.invalid:3306/users");
			AbstractBeanDefinition definition = (AbstractBeanDefinition) context
				.getBeanDefinition("authJdbcConnectionDetails");
			assertThat(definition.isDefaultCandidate()).isFalse();
			assertThat(definition.getQualifier(Bind.class.getName())).extracting((qualifier) -> qualifier.getAttribute("value"))
				.isEqualTo("auth");
		}
	}

	@Test
	void aBindThatIsNotConfiguredFailsNamingTheProperty() {
		assertThatIllegalStateException()
			.isThrownBy(() -> refresh(Holder.class, "sqlalchemy.binds.meta", "sqlite:///meta.db"))
			.withMessageContaining("@BindServiceConnection(\"auth\")")
			.withMessageContaining("add sqlalchemy.binds.auth");
	}

	@Test
	void aFieldOfAnotherTypeIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> BindConnectionDetails.of("auth", "jdbc:mariadb://x/y"))
			.withMessageContaining("expected a Testcontainers JdbcDatabaseContainer or a JdbcConnectionDetails");
	}

	@Test
	void aNonStaticFieldIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> BindServiceConnections.find(NonStatic.class))
			.withMessageContaining("must be static");
	}

	private static GenericApplicationContext refresh(Class<?> testClass, String property, String value) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(property, value)));
		new BindServiceConnectionContextCustomizerFactory().createContextCustomizer(testClass, List.of())
			.customizeContext(context, mock(MergedContextConfiguration.class));
		context.refresh();
		return context;
	}

	static class Holder {

		@BindServiceConnection("auth")
		static final JdbcConnectionDetails auth = new Details();

	}

	static class NonStatic {

		@BindServiceConnection("auth")
		final JdbcConnectionDetails auth = new Details();

	}

	static class Details implements JdbcConnectionDetails {

		@Override
		public String getJdbcUrl() {
			return "jdbc:mariadb://container.invalid:3306/users";
		}

		@Override
		public String getUsername() {
			return "root";
		}

		@Override
		public String getPassword() {
			return "";
		}

	}

}
