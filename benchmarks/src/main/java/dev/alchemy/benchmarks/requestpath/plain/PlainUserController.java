package dev.alchemy.benchmarks.requestpath.plain;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dev.alchemy.benchmarks.requestpath.PageJson;
import dev.alchemy.benchmarks.requestpath.UserJson;

/**
 * {@code GET /api/users} with the quickstart's page rules, on Spring Data's
 * {@code findAll(Pageable)}.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@RestController
class PlainUserController {

	private final PlainUserRepository users;

	PlainUserController(PlainUserRepository users) {
		this.users = users;
	}

	@GetMapping("/api/users")
	PageJson<UserJson> list(@RequestParam(name = "page", required = false) @Nullable String pageParameter,
			@RequestParam(name = "per_page", required = false) @Nullable String perPageParameter) {
		PageJson.Requested requested = PageJson.requested(pageParameter, perPageParameter);
		int page = requested.page();
		int perPage = requested.perPage();
		Page<PlainUser> users = this.users.findAll(PageRequest.of(page - 1, perPage, Sort.by("username")));
		if (page > 1 && users.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return PageJson.of(users.map((user) -> new UserJson(Objects.requireNonNull(user.getId()),
				user.getUsername(), user.getEmail())).getContent(), page, perPage, users.getTotalElements());
	}

}
