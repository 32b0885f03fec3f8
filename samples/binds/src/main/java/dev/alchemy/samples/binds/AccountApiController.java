package dev.alchemy.samples.binds;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.alchemy.Db;
import dev.alchemy.samples.binds.auth.Account;
import dev.alchemy.samples.binds.auth.AccountRepository;

/**
 * The accounts' JSON API. Errors are Problem Details (RFC 9457) bodies.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountApiController {

	private final Db db;

	private final AccountRepository accounts;

	private final AccountService accountService;

	AccountApiController(Db db, AccountRepository accounts, AccountService accountService) {
		this.db = db;
		this.accounts = accounts;
		this.accountService = accountService;
	}

	@GetMapping
	List<AccountJson> list() {
		return this.accounts.findAllByOrderByUsername().stream().map(AccountJson::of).toList();
	}

	@PostMapping
	ResponseEntity<?> create(@RequestBody NewAccount input) {
		String problem = input.problem();
		if (problem != null) {
			return problem(HttpStatus.BAD_REQUEST, problem);
		}
		Account account;
		try {
			account = this.accountService.create(input);
		}
		catch (UsernameTakenException ex) {
			return problem(HttpStatus.CONFLICT, ex.getMessage());
		}
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/accounts/{id}")
			.buildAndExpand(account.getId())
			.toUri();
		return ResponseEntity.created(location).body(AccountJson.of(account));
	}

	@GetMapping("/{id:[0-9]{1,18}}")
	AccountJson detail(@PathVariable long id) {
		return AccountJson.of(this.db.getOr404(Account.class, id));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.of(ProblemDetail.forStatusAndDetail(status, detail)).build();
	}

}
