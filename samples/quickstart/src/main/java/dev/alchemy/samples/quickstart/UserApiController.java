package dev.alchemy.samples.quickstart;

import java.net.URI;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.alchemy.Db;
import dev.alchemy.pagination.Pagination;

/**
 * The JSON API: list, create, show and delete users. Errors are Problem Details
 * (RFC 9457) bodies.
 * <p>
 * An {@code {id}} is up to 18 digits, which always fits a {@code long}: anything else
 * matches no route and is a 404, as Flask's {@code <int:id>} is.
 *
 * @author Alchemy team
 */
@RestController
@RequestMapping("/api/users")
class UserApiController {

	private final Db db;

	private final UserPages pages;

	UserApiController(Db db, UserPages pages) {
		this.db = db;
		this.pages = pages;
	}

	@GetMapping
	Pagination<UserJson> list() {
		return this.pages.page().map(UserJson::of);
	}

	@PostMapping
	ResponseEntity<?> create(@RequestBody NewUser input) {
		String problem = input.problem();
		if (problem != null) {
			return problem(HttpStatus.BAD_REQUEST, problem);
		}
		User user = this.db.session().add(input.toUser());
		try {
			this.db.session().commit();
		}
		catch (DataIntegrityViolationException ex) {
			return problem(HttpStatus.CONFLICT, "The username '" + user.getUsername() + "' is already taken.");
		}
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/users/{id}")
			.buildAndExpand(user.getId())
			.toUri();
		return ResponseEntity.created(location).body(UserJson.of(user));
	}

	@GetMapping("/{id:[0-9]{1,18}}")
	UserJson detail(@PathVariable long id) {
		return UserJson.of(this.db.getOr404(User.class, id));
	}

	@DeleteMapping("/{id:[0-9]{1,18}}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.db.session().delete(this.db.getOr404(User.class, id));
		this.db.session().commit();
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.of(ProblemDetail.forStatusAndDetail(status, detail)).build();
	}

}
