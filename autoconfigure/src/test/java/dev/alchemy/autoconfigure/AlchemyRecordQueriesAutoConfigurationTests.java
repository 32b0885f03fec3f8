package dev.alchemy.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.alchemy.engine.ProxyDataSourceBuilderCustomizer;
import dev.alchemy.recordqueries.QueryRecorder;
import dev.alchemy.recordqueries.RecordedQueriesEndpoint;
import dev.alchemy.recordqueries.RecordedScopes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AlchemyRecordQueriesAutoConfiguration}.
 */
class AlchemyRecordQueriesAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AlchemyRecordQueriesAutoConfiguration.class));

	@Test
	void recordingIsOffByDefault() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(QueryRecorder.class)
			.doesNotHaveBean(ProxyDataSourceBuilderCustomizer.class)
			.doesNotHaveBean(RecordedQueriesEndpoint.class));
	}

	@Test
	void recordQueriesRecordsEveryEngineWithoutTheEndpoint() {
		this.contextRunner.withPropertyValues("sqlalchemy.record-queries=true")
			.run((context) -> assertThat(context).hasSingleBean(QueryRecorder.class)
				.hasSingleBean(ProxyDataSourceBuilderCustomizer.class)
				.doesNotHaveBean(RecordedScopes.class)
				.doesNotHaveBean(RecordedQueriesEndpoint.class));
	}

	@Test
	void theEndpointNeedsAccessAndExposure() {
		this.contextRunner
			.withPropertyValues("sqlalchemy.record-queries=true",
					"management.endpoint.recordedqueries.access=READ_ONLY")
			.run((context) -> assertThat(context).doesNotHaveBean(RecordedQueriesEndpoint.class));
		this.contextRunner
			.withPropertyValues("sqlalchemy.record-queries=true",
					"management.endpoint.recordedqueries.access=READ_ONLY",
					"management.endpoints.web.exposure.include=recordedqueries")
			.run((context) -> assertThat(context).hasSingleBean(RecordedQueriesEndpoint.class)
				.hasSingleBean(RecordedScopes.class));
	}

	@Test
	void sqlalchemyEnabledFalseTurnsRecordingOff() {
		this.contextRunner.withPropertyValues("sqlalchemy.record-queries=true", "sqlalchemy.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(QueryRecorder.class));
	}

	@Test
	void aRecordingThatKeepsNothingIsRefusedNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("sqlalchemy.record-queries=true", "sqlalchemy.recorded-queries.max-per-scope=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("sqlalchemy.recorded-queries")
				.rootCause()
				.hasMessageContaining("Keep at least one statement"));
	}

	@Test
	void backsOffForTheApplicationsRecorder() {
		this.contextRunner.withPropertyValues("sqlalchemy.record-queries=true")
			.withUserConfiguration(OwnRecorderConfiguration.class)
			.run((context) -> assertThat(context).getBean(QueryRecorder.class)
				.isSameAs(context.getBean(OwnRecorderConfiguration.class).recorder));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRecorderConfiguration {

		final QueryRecorder recorder = new QueryRecorder(java.util.List.of(), 5, 5, null);

		@Bean
		QueryRecorder ownRecorder() {
			return this.recorder;
		}

	}

}
