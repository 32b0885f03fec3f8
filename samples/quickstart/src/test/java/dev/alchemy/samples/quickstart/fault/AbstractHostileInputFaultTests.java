package dev.alchemy.samples.quickstart.fault;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import dev.alchemy.samples.quickstart.fault.HostileInputs.HostileRequest;
import dev.alchemy.test.databases.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, fault 4: more than a thousand hostile query strings, path ids and bodies (see
 * {@link HostileInputs}) against every endpoint of the quickstart. None gets a 5xx or a
 * stack trace, and the rows they are not about stay exactly as they were.
 * <p>
 * The requests go over real HTTP rather than MockMvc: Tomcat's own parsing of URLs,
 * escapes, headers and bodies is part of what a hostile client meets, and the whole run
 * takes seconds either way.
 *
 * @author Alchemy team
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class AbstractHostileInputFaultTests {

	private static final long SEED = 20261121L;

	private static final int UNRELATED_ROWS = 20;

	@LocalServerPort
	private int port;

	/**
	 * The database the application runs on.
	 * @return the database
	 */
	protected abstract TestDatabase database();

	/**
	 * The name of the users' table, quoted the way this database quotes it.
	 * @return the quoted name
	 */
	protected abstract String quotedUserTable();

	@Test
	void hostileInputGetsNoServerErrorAndChangesNoUnrelatedRow() {
		database().jdbc().update("delete from " + quotedUserTable());
		for (int i = 0; i < UNRELATED_ROWS; i++) {
			database().jdbc()
				.update("insert into " + quotedUserTable() + " (username, email) values (?, ?)",
						String.format("unrelated-%02d", i), (i % 2 == 0) ? null : "unrelated" + i + "@example.com");
		}
		List<Long> unrelatedIds = database().jdbc()
			.queryForList("select id from " + quotedUserTable() + " order by id", Long.class);
		String before = checksumOfUnrelatedRows();
		List<HostileRequest> requests = HostileInputs.generate(SEED, unrelatedIds);
		assertThat(requests).hasSizeGreaterThanOrEqualTo(HostileInputs.MINIMUM);
		QuickstartClient client = new QuickstartClient(this.port);
		List<String> serverErrors = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int created = 0;
		int deleted = 0;
		for (HostileRequest request : requests) {
			HttpResponse<String> response = client.send(build(client, request));
			int status = response.statusCode();
			statuses.merge(status, 1, Integer::sum);
			if (status >= 500 || response.body().contains("\tat ") || response.body().contains("Exception")) {
				serverErrors.add(status + " for " + request + ": " + abbreviate(response.body()));
			}
			if (request.method().equals("POST") && (status == 201
					|| (status == 302 && response.headers().firstValue("Location").orElse("").matches(".*/user/\\d+")))) {
				created++;
			}
			if (status == 204 || (request.pathAndQuery().endsWith("/delete") && status == 302)) {
				deleted++;
			}
		}
		System.out.printf("%s: %d hostile requests, statuses %s%n", getClass().getSimpleName(), requests.size(),
				statuses);
		assertThat(serverErrors).as("server errors or stack traces").isEmpty();
		assertThat(checksumOfUnrelatedRows()).as("unrelated rows").isEqualTo(before);
		assertThat(database().jdbc().queryForObject("select count(*) from " + quotedUserTable(), Integer.class))
			.isEqualTo(UNRELATED_ROWS + created - deleted);
		// The application still works.
		assertThat(client.createUser("after-hostile-input").statusCode()).isEqualTo(201);
	}

	private static HttpRequest.Builder build(QuickstartClient client, HostileRequest request) {
		HttpRequest.Builder builder = client.request(request.pathAndQuery()).header("Accept", request.accept());
		if (request.contentType() != null && !request.contentType().isEmpty()) {
			builder.header("Content-Type", request.contentType());
		}
		HttpRequest.BodyPublisher body = (request.body().length > 0)
				? HttpRequest.BodyPublishers.ofByteArray(request.body()) : HttpRequest.BodyPublishers.noBody();
		return builder.method(request.method(), body);
	}

	/**
	 * A SHA-256 of every column of the rows the hostile requests are not about.
	 */
	private String checksumOfUnrelatedRows() {
		List<String> rows = database().jdbc()
			.query("select id, username, email from " + quotedUserTable()
					+ " where username like 'unrelated-%' order by id",
					(row, n) -> row.getLong("id") + "|" + row.getString("username") + "|" + row.getString("email"));
		assertThat(rows).hasSize(UNRELATED_ROWS);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(String.join("\n", rows).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

}
