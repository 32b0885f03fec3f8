package dev.alchemy.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

import dev.alchemy.engine.EngineConfigurer;
import dev.alchemy.engine.EngineOptionsCustomizer;
import dev.alchemy.engine.ProxyDataSourceBuilderCustomizer;
import dev.alchemy.url.DatabaseUrl;

/**
 * Auto-configuration of Alchemy's engines: the default database from
 * {@code sqlalchemy.database-uri} (handed to Spring Boot as its
 * {@link JdbcConnectionDetails}), and the engine options of every pool.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ DataSource.class, HikariDataSource.class })
@ConditionalOnBooleanProperty(name = "sqlalchemy.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AlchemyProperties.class)
public final class AlchemyAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EngineConfigurer alchemyEngineConfigurer(AlchemyProperties properties,
			ObjectProvider<EngineOptionsCustomizer> customizers,
			ObjectProvider<ProxyDataSourceBuilderCustomizer> proxyCustomizers) {
		return new EngineConfigurer(customizers.orderedStream().toList(), properties.getEngineOptions(),
				properties.isEcho(), proxyCustomizers.orderedStream().toList());
	}

	/**
	 * Reads a bind written as its URI alone ({@code sqlalchemy.binds.auth: mariadb://...}).
	 */
	@Bean
	@ConfigurationPropertiesBinding
	static Converter<String, BindProperties> alchemyBindUriConverter() {
		return new ConfiguredBinds.UriToBindPropertiesConverter();
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DefaultEngineBeanPostProcessor alchemyDefaultEngineBeanPostProcessor(
			ObjectProvider<EngineConfigurer> configurer, ObjectProvider<JdbcConnectionDetails> connectionDetails) {
		return new DefaultEngineBeanPostProcessor(configurer, connectionDetails);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		/**
		 * Masks the password of database URIs in {@code /actuator/env} and
		 * {@code /actuator/configprops}, even where the application shows values.
		 */
		@Bean
		SanitizingFunction alchemyDatabaseUriSanitizingFunction() {
			return (data) -> (data.getValue() instanceof String value && value.contains("://"))
					? data.withValue(DatabaseUrl.mask(value)) : data;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean({ DataSource.class, JdbcConnectionDetails.class })
	@Conditional(DatabaseUriCondition.class)
	static class DefaultDatabaseConfiguration {

		@Bean
		DatabaseUriJdbcConnectionDetails alchemyJdbcConnectionDetails(AlchemyProperties properties,
				Environment environment, ResourceLoader resourceLoader) {
			DatabaseUriProperty uri = DatabaseUriProperty.find(environment);
			Assert.state(uri != null, "DatabaseUriCondition matched without a URI");
			return DatabaseUriJdbcConnectionDetails.of(uri, DatabaseUriProperty.instancePath(properties),
					resourceLoader.getClassLoader());
		}

	}

	/**
	 * Alchemy configures the default database when a URI is given
	 * ({@code sqlalchemy.database-uri} or {@code DATABASE_URL}) and the application does
	 * not configure it the Spring Boot way ({@code spring.datasource.url}).
	 */
	static class DatabaseUriCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
				return ConditionOutcome.noMatch("spring.datasource.url is set");
			}
			if (DatabaseUriProperty.find(environment) != null) {
				return ConditionOutcome.match("a database URI is set");
			}
			return ConditionOutcome.noMatch("neither sqlalchemy.database-uri nor DATABASE_URL is set");
		}

	}

}
