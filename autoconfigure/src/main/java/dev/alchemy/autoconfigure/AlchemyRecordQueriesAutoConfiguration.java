package dev.alchemy.autoconfigure;

import java.util.List;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.alchemy.engine.ProxyDataSourceBuilderCustomizer;
import dev.alchemy.recordqueries.QueryRecorder;
import dev.alchemy.recordqueries.QueryRecordingListener;
import dev.alchemy.recordqueries.RecordedQueriesEndpoint;
import dev.alchemy.recordqueries.RecordedScopes;

/**
 * Auto-configuration of query recording, on when {@code sqlalchemy.record-queries=true}:
 * every engine is wrapped in datasource-proxy and its statements are recorded per request
 * or scope, for {@code db.recordedQueries()}, a debug line per request, a warning for
 * statements that repeat, and the {@code recordedqueries} actuator endpoint. When it is
 * off, no engine is wrapped.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "sqlalchemy.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "sqlalchemy.record-queries")
@EnableConfigurationProperties(RecordedQueriesProperties.class)
public final class AlchemyRecordQueriesAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	QueryRecorder alchemyQueryRecorder(BeanFactory beanFactory, RecordedQueriesProperties properties,
			ObjectProvider<RecordedScopes> history) {
		List<String> applicationPackages = AutoConfigurationPackages.has(beanFactory)
				? AutoConfigurationPackages.get(beanFactory) : List.of();
		return new QueryRecorder(applicationPackages, properties.getMaxPerScope(), properties.getMaxRepeats(),
				history.getIfAvailable());
	}

	/**
	 * Adds the recorder's listener to the proxy of every engine. datasource-proxy is
	 * loaded only when an engine is wrapped, where its absence is reported.
	 */
	@Bean
	ProxyDataSourceBuilderCustomizer alchemyQueryRecordingProxyCustomizer(QueryRecorder recorder) {
		return (bindKey, builder) -> builder.listener(new QueryRecordingListener(recorder, bindKey));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
	@ConditionalOnAvailableEndpoint(RecordedQueriesEndpoint.class)
	static class EndpointConfiguration {

		/**
		 * The summaries the endpoint shows: kept only when the endpoint is available.
		 */
		@Bean
		@ConditionalOnMissingBean
		RecordedScopes alchemyRecordedScopes(RecordedQueriesProperties properties) {
			return new RecordedScopes(properties.getHistorySize());
		}

		@Bean
		@ConditionalOnMissingBean
		RecordedQueriesEndpoint recordedQueriesEndpoint(RecordedScopes scopes) {
			return new RecordedQueriesEndpoint(scopes);
		}

	}

}
