package dev.alchemy.samples.quickstart.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A real HTTP client for the quickstart on its random port. Every request has a time
 * limit, so a request the application never answers fails the test instead of hanging
 * it.
 *
 * @author Alchemy team
 */
final class QuickstartClient {

	/** Far beyond any pool timeout the tests configure. */
	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	QuickstartClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * Start a request to a path of the application.
	 * @param pathAndQuery the path and query, already encoded
	 * @return the request builder
	 */
	HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create(this.base + pathAndQuery)).timeout(REQUEST_TIMEOUT);
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> get(String pathAndQuery) {
		return send(request(pathAndQuery).header("Accept", "application/json"));
	}

	HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Create a user through the JSON API.
	 * @param username a username made only of letters, digits and dashes
	 * @return the response
	 */
	HttpResponse<String> createUser(String username) {
		return postJson("/api/users", "{\"username\": \"" + username + "\"}");
	}

}
