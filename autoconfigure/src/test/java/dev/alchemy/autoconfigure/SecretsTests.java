package dev.alchemy.autoconfigure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.alchemy.autoconfigure.fixtures.FixturesApplication;
import dev.alchemy.testsupport.TestDatabase;
import dev.alchemy.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts a web application with a password in its database URI, logs everything at debug
 * level, reads its Actuator endpoints and error responses, and checks that the password
 * shows up nowhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsTests {

	private static final String PASSWORD = "Sup3rS3cretPw";

	@Test
	void passwordInTheUriNeverAppearsInLogsEndpointsOrErrors(CapturedOutput output) throws Exception {
		// The local servers trust every connection, so any password works.
		TestDatabase database = TestDatabases.postgresql();
		String uri = database.uriWithPassword(PASSWORD);
		List<String> bodies = new ArrayList<>();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FixturesApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("sqlalchemy.database-uri=" + uri, "server.port=0", "logging.level.root=DEBUG",
					"management.endpoints.web.exposure.include=*", "management.endpoint.env.show-values=always",
					"management.endpoint.configprops.show-values=always",
					"management.endpoint.health.show-details=always", "server.error.include-message=always",
					"server.error.include-exception=true")
			.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient client = HttpClient.newHttpClient();
			for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/health",
					"/actuator/beans", "/actuator/metrics/hikaricp.connections", "/users/1", "/users/x",
					"/no-such-page")) {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.ofString());
				bodies.add(path + " -> " + response.statusCode() + " " + response.body());
			}
			assertThat(bodies.get(0)).contains("sqlalchemy.database-uri", "***");
			assertThat(bodies.get(2)).contains("\"status\":\"UP\"");
		}
		assertThat(output.getAll()).contains("HikariPool").doesNotContain(PASSWORD);
		assertThat(bodies).allSatisfy((body) -> assertThat(body).doesNotContain(PASSWORD));
	}

}
