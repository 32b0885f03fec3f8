package dev.alchemy.autoconfigure;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the configuration metadata IDEs read: every {@code sqlalchemy.*} key is
 * described.
 */
class ConfigurationMetadataTests {

	@Test
	@SuppressWarnings("unchecked")
	void everyPropertyHasADescription() throws Exception {
		Map<String, Object> metadata = read("META-INF/spring-configuration-metadata.json");
		List<Map<String, Object>> properties = (List<Map<String, Object>>) metadata.get("properties");
		assertThat(properties).extracting((property) -> property.get("name"))
			.contains("sqlalchemy.database-uri", "sqlalchemy.echo", "sqlalchemy.instance-path",
					"sqlalchemy.engine-options.pool-size", "sqlalchemy.engine-options.max-overflow",
					"sqlalchemy.engine-options.pool-timeout", "sqlalchemy.engine-options.pool-recycle",
					"sqlalchemy.engine-options.pool-pre-ping", "sqlalchemy.engine-options.isolation-level",
					"sqlalchemy.engine-options.connect-args", "sqlalchemy.engine-options.echo",
					"sqlalchemy.engine-options.maximum-pool-size", "sqlalchemy.enabled", "sqlalchemy.record-queries",
					"sqlalchemy.recorded-queries.max-per-scope", "sqlalchemy.recorded-queries.max-repeats",
					"sqlalchemy.recorded-queries.history-size");
		assertThat(properties).allSatisfy((property) -> assertThat(property.get("description"))
			.as("description of %s", property.get("name"))
			.asString()
			.isNotBlank());
	}

	@Test
	@SuppressWarnings("unchecked")
	void isolationLevelHintsAreLevelsTheOptionAccepts() throws Exception {
		Map<String, Object> metadata = read("META-INF/additional-spring-configuration-metadata.json");
		List<Map<String, Object>> hints = (List<Map<String, Object>>) metadata.get("hints");
		Map<String, Object> isolation = hints.stream()
			.filter((hint) -> hint.get("name").equals("sqlalchemy.engine-options.isolation-level"))
			.findFirst()
			.orElseThrow();
		dev.alchemy.engine.EngineOptions options = new dev.alchemy.engine.EngineOptions();
		for (Map<String, Object> value : (List<Map<String, Object>>) isolation.get("values")) {
			options.setIsolationLevel((String) value.get("value"));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(String path) throws Exception {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JsonMapper.builder().build().readValue(in, Map.class);
		}
	}

}
