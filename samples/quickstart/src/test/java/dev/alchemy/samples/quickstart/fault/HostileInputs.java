package dev.alchemy.samples.quickstart.fault;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/**
 * A deterministic set of hostile requests against the quickstart's endpoints: bad and
 * huge numbers, SQL fragments, unicode, control characters and empty values in every
 * query parameter, path id and body field; malformed JSON; wrong content types; huge
 * bodies. The same seed always gives the same requests, so a failure can be replayed.
 *
 * @author Alchemy team
 */
final class HostileInputs {

	/** Whatever the seed, a run has at least this many requests. */
	static final int MINIMUM = 1000;

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	/** Values for number parameters and ids. */
	static final List<String> NUMBERS = List.of("abc", "", " ", "2.5", "+2", "-1", "0", "-0", "00", "01", "1e9", "1E2",
			"0x10", "0b1", "1_000", "1,000", "1 ", " 1", "NaN", "Infinity", "-Infinity", "null", "true", "[]", "{}",
			"2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
			"-9223372036854775809", "99999999999999999999999999999999", "9".repeat(5000), "1".repeat(19),
			"\u0663", "\uFF13", "\u00B2", "\u216B", "\u0661\u0660", "1\u0000", "\u0000", "1%", "1;", "1--", "1/0",
			"1.0", ".5", "5.", "1e-1", "0.0000001", "1d", "1L", "1f");

	/** SQL fragments for every string field and id. */
	static final List<String> SQL = List.of("' OR 1=1 --", "' OR '1'='1", "'; DROP TABLE \"user\"; --",
			"`; DROP TABLE `user`; --", "1); DELETE FROM \"user\"; --", "1; DELETE FROM user", "\" OR \"\"=\"",
			"admin'--", "' UNION SELECT id, username, email FROM \"user\" --", "%' OR username LIKE '%", "\\'; --",
			"1 OR 1=1", "$$; DELETE FROM \"user\"; $$", "'||(SELECT version())||'", "x' AND SLEEP(0) --",
			"'; UPDATE \"user\" SET email = 'pwned' --", "/**/OR/**/1=1", "' OR ''='", "%", "_", "\\", "'", "\"",
			"`", ";", "--", "/*", "*/", "'--", "\\0", "\\x00", "select * from user", "ORDER BY 1--",
			"1 ORDER BY username DESC", "username", "u.username", "@@version", "?", ":name", "?1");

	/** Unicode, control characters and other text that trips up encoders and renderers. */
	static final List<String> TEXT = List.of("", " ", "\t", "\n", "\r\n", "Ā", "名前", "😀", "👩‍👩‍👧‍👦",
			"\u202Eevil\u202C", "مرحبا", "שלום", "\uFEFFbom", "\u200Bzero\u200Bwidth", "e\u0301", "\uD800",
			"\uDFFF", "x\uD83Dy", "\u0000", "a\u0000b", "\u0007\u0008\u001B[31m", "\u007F", "\u0085", "\u2028\u2029",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{7*7}}", "${7*7}", "[[${7*7}]]",
			"#{7*7}", "*{T(java.lang.Runtime).getRuntime()}", "../../etc/passwd", "%00", "%2e%2e%2f", "\\u0000",
			"&amp;", "&#0;", "a&b=c", "a=b", "a#b", "a?b", "a/b", "a\\b", "😀".repeat(255), "😀".repeat(256),
			"a".repeat(255), "a".repeat(256), "x".repeat(100_000));

	/** Percent-escapes sent as they are: bytes that are not valid UTF-8. */
	static final List<String> RAW_ESCAPES = List.of("%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "%80", "%00",
			"%E2%82", "%25", "%2F", "%5C", "%0D%0A");

	/** Bodies for the JSON API that are not a JSON object with strings in it. */
	static final List<String> MALFORMED_JSON = List.of("", " ", "{", "}", "{\"username\": ", "{\"username\": \"a\"",
			"{\"username\": \"a\",}", "{username: \"a\"}", "{'username': 'a'}", "[]", "[{\"username\": \"a\"}]",
			"null", "true", "1", "\"username\"", "{\"username\": \"a\"}garbage", "{\"username\": \"a\"}{}",
			"{\"username\": 1}", "{\"username\": 1.5}", "{\"username\": true}", "{\"username\": [\"a\"]}",
			"{\"username\": {\"a\": \"b\"}}", "{\"username\": null, \"email\": \"a@example.com\"}",
			"{\"username\": \"a\", \"username\": \"b\"}", "{\"username\": \"\\u0000\"}", "{\"username\": \"\\ud800\"}",
			"{\"username\": \"\\x41\"}", "{\"username\": \"a\\", "{\"username\": \"a\", \"id\": 1, \"admin\": true}",
			"{\"email\": 5}", "\uFEFF{\"username\": \"bom\"}", "[".repeat(100_000) + "]".repeat(100_000),
			"{\"a\":".repeat(5000) + "1" + "}".repeat(5000), "{\"username\": \"" + "a".repeat(3_000_000) + "\"}",
			"{\"username\": 1e999999999}", "{\"username\": " + "9".repeat(10_000) + "}", "/* comment */ {}",
			"{\"username\": NaN}", "\u0000", "{\"username\": \"a\"}\u0000");

	/**
	 * Content types for a body. Wildcards ({@code *}{@code /*}, {@code application/*}) are
	 * left out: Spring MVC answers them with a 500 in every {@code @RequestBody} method
	 * (spring-projects/spring-framework#27957, open), which no application code reaches.
	 */
	private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "text/html",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
			"application/json; charset=ISO-8859-1", "application/json; charset=UTF-16", "application/json; charset=nope",
			"application/jsonx", "json", "application/json, text/plain", "application/json;;;", "a/b/c", "");

	private HostileInputs() {
	}

	/**
	 * Generate the requests.
	 * @param seed the seed of the random part
	 * @param protectedIds ids of rows that must not change, never used in a request that
	 * deletes
	 * @return the requests, at least {@value #MINIMUM}
	 */
	static List<HostileRequest> generate(long seed, List<Long> protectedIds) {
		List<String> values = new ArrayList<>();
		values.addAll(NUMBERS);
		values.addAll(SQL);
		values.addAll(TEXT);
		List<HostileRequest> requests = new ArrayList<>();
		for (String value : values) {
			String encoded = encode(value);
			requests.add(HostileRequest.get("/api/users?page=" + encoded));
			requests.add(HostileRequest.get("/api/users?per_page=" + encoded));
			requests.add(HostileRequest.page("/users?page=" + encoded + "&per_page=" + encoded));
			requests.add(HostileRequest.get("/api/users/" + encodePath(value)));
			requests.add(HostileRequest.page("/user/" + encodePath(value)));
			if (!touchesProtectedRow(value, protectedIds)) {
				requests.add(HostileRequest.delete("/api/users/" + encodePath(value)));
				requests.add(HostileRequest.form("/user/" + encodePath(value) + "/delete", ""));
			}
			requests.add(HostileRequest.json("/api/users", "{\"username\": " + json(value) + "}"));
			requests.add(HostileRequest.json("/api/users",
					"{\"username\": " + json("u-" + requests.size()) + ", \"email\": " + json(value) + "}"));
			requests.add(HostileRequest.form("/users/create",
					"username=" + encode(value) + "&email=" + encode(value)));
		}
		for (String escape : RAW_ESCAPES) {
			requests.add(HostileRequest.get("/api/users?page=" + escape + "&per_page=" + escape));
			requests.add(HostileRequest.get("/api/users/" + escape));
			requests.add(HostileRequest.form("/users/create", "username=" + escape + "&email=" + escape));
		}
		for (String body : MALFORMED_JSON) {
			requests.add(HostileRequest.json("/api/users", body));
		}
		for (String contentType : CONTENT_TYPES) {
			requests.add(new HostileRequest("POST", "/api/users", contentType,
					"{\"username\": \"content-type\"}".getBytes(StandardCharsets.UTF_8), "application/json"));
			requests.add(new HostileRequest("POST", "/api/users", contentType,
					"username=form&email=x".getBytes(StandardCharsets.UTF_8), "application/json"));
		}
		Random random = new Random(seed);
		while (requests.size() < MINIMUM + 200) {
			String value = randomValue(random, values);
			switch (random.nextInt(5)) {
				case 0 -> requests.add(HostileRequest
					.get("/api/users?page=" + encode(value) + "&per_page=" + encode(randomValue(random, values))));
				case 1 -> requests.add(HostileRequest.json("/api/users",
						"{\"username\": " + json(value) + ", \"email\": " + json(randomValue(random, values)) + "}"));
				case 2 -> requests.add(HostileRequest.form("/users/create", "username=" + encode(value)));
				case 3 -> requests.add(HostileRequest.get("/api/users/" + encodePath(value)));
				default -> requests.add(HostileRequest.json("/api/users", mangle(random,
						"{\"username\": " + json(value) + ", \"email\": \"e@example.com\"}")));
			}
		}
		return requests;
	}

	/** One to three values glued together, or random code points, any plane. */
	private static String randomValue(Random random, List<String> values) {
		if (random.nextInt(4) == 0) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(12);
			for (int i = 0; i < length; i++) {
				int codePoint = random.nextInt(0x110000);
				text.appendCodePoint(codePoint);
			}
			return text.toString();
		}
		StringBuilder text = new StringBuilder();
		int parts = 1 + random.nextInt(3);
		for (int i = 0; i < parts; i++) {
			String part = values.get(random.nextInt(values.size()));
			text.append((part.length() > 300) ? part.substring(0, 300) : part);
		}
		return text.toString();
	}

	/** Cut, duplicate or flip a character of a JSON text. */
	private static String mangle(Random random, String json) {
		int at = random.nextInt(json.length());
		return switch (random.nextInt(3)) {
			case 0 -> json.substring(0, at);
			case 1 -> json.substring(0, at) + json.charAt(at) + json.substring(at);
			default -> json.substring(0, at) + (char) random.nextInt(0x80) + json.substring(at + 1);
		};
	}

	private static boolean touchesProtectedRow(String value, List<Long> protectedIds) {
		if (!DIGITS.matcher(value.strip()).matches() || value.length() > 18) {
			return false;
		}
		return protectedIds.contains(Long.parseLong(value.strip()));
	}

	/**
	 * Percent-encode everything but RFC 3986's unreserved characters, as UTF-8. A lone
	 * surrogate, which UTF-8 cannot hold, becomes {@code ?}.
	 */
	static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

	/** A path segment: as {@link #encode(String)}, and never empty or a dot segment. */
	private static String encodePath(String value) {
		String encoded = encode(value);
		return (encoded.isEmpty() || encoded.equals(".") || encoded.equals("..")) ? encoded + "%20" : encoded;
	}

	/**
	 * A JSON string literal; control characters, quotes and backslashes escaped, and
	 * lone surrogates written as {@code \\u} escapes so that they reach the parser.
	 */
	static String json(String value) {
		StringBuilder json = new StringBuilder("\"");
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c)) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	/**
	 * One request.
	 *
	 * @param method the HTTP method
	 * @param pathAndQuery the path and query, encoded
	 * @param contentType the body's content type, or {@code null} for none
	 * @param body the body
	 * @param accept what the client accepts
	 */
	record HostileRequest(String method, String pathAndQuery, @Nullable String contentType, byte[] body,
			String accept) {

		static HostileRequest get(String pathAndQuery) {
			return new HostileRequest("GET", pathAndQuery, null, new byte[0], "application/json");
		}

		static HostileRequest page(String pathAndQuery) {
			return new HostileRequest("GET", pathAndQuery, null, new byte[0], "text/html");
		}

		static HostileRequest delete(String pathAndQuery) {
			return new HostileRequest("DELETE", pathAndQuery, null, new byte[0], "application/json");
		}

		static HostileRequest json(String path, String json) {
			return new HostileRequest("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8),
					"application/json");
		}

		static HostileRequest form(String path, String form) {
			return new HostileRequest("POST", path, "application/x-www-form-urlencoded",
					form.getBytes(StandardCharsets.UTF_8), "text/html");
		}

		@Override
		public String toString() {
			String body = new String(this.body, StandardCharsets.UTF_8);
			return this.method + " " + abbreviate(this.pathAndQuery) + " [" + this.contentType + "] "
					+ abbreviate(body);
		}

		private static String abbreviate(String text) {
			return (text.length() > 200) ? text.substring(0, 200) + "...(" + text.length() + " chars)" : text;
		}

	}

}
