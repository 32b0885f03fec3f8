package dev.alchemy.benchmarks.requestpath.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dev.alchemy.benchmarks.requestpath.PageJson;
import dev.alchemy.benchmarks.requestpath.UserJson;

/**
 * {@code GET /api/users} with the quickstart's page rules, in two prepared statements on
 * one connection.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@RestController
class JdbcUserController {

	private final DataSource dataSource;

	JdbcUserController(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@GetMapping("/api/users")
	PageJson<UserJson> list(@RequestParam(name = "page", required = false) @Nullable String pageParameter,
			@RequestParam(name = "per_page", required = false) @Nullable String perPageParameter)
			throws SQLException {
		PageJson.Requested requested = PageJson.requested(pageParameter, perPageParameter);
		int page = requested.page();
		int perPage = requested.perPage();
		List<UserJson> items = new ArrayList<>(perPage);
		long total;
		try (Connection connection = this.dataSource.getConnection()) {
			try (PreparedStatement select = connection
				.prepareStatement("select id, username, email from \"user\" order by username limit ? offset ?")) {
				select.setInt(1, perPage);
				select.setLong(2, (long) (page - 1) * perPage);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						items.add(new UserJson(rows.getLong(1), rows.getString(2), rows.getString(3)));
					}
				}
			}
			try (PreparedStatement count = connection.prepareStatement("select count(*) from \"user\"");
					ResultSet rows = count.executeQuery()) {
				rows.next();
				total = rows.getLong(1);
			}
		}
		if (page > 1 && items.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return PageJson.of(items, page, perPage, total);
	}

}
