package dev.alchemy.samples.quickstart;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link QuickstartApplication#main(String[])} as a user would, with the default
 * configuration ({@code sqlite:///project.db}) and the instance folder in a temporary
 * directory.
 *
 * @author Alchemy team
 */
@ExtendWith(OutputCaptureExtension.class)
class QuickstartApplicationMainTests {

	@Test
	void startsOnSqliteInTheInstanceFolderAndServesTheApi(@TempDir Path instance, CapturedOutput output)
			throws IOException, InterruptedException {
		AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
		SpringApplication.withHook((application) -> new SpringApplicationRunListener() {

			@Override
			public void started(ConfigurableApplicationContext context, Duration timeTaken) {
				started.set(context);
			}

		}, () -> QuickstartApplication.main(new String[] { "--server.port=0", "--sqlalchemy.instance-path=" + instance }));
		ConfigurableApplicationContext context = started.get();
		assertThat(context).isNotNull();
		try {
			assertThat(output).contains("Started QuickstartApplication");
			assertThat(instance.resolve("project.db")).isRegularFile().isNotEmptyFile();
			String port = context.getEnvironment().getProperty("local.server.port");
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"items\":[]", "\"total\":0");
		}
		finally {
			context.close();
		}
		assertThat(context.isActive()).isFalse();
	}

}
