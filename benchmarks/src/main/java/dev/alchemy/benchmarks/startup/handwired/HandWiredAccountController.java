package dev.alchemy.benchmarks.startup.handwired;

import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.alchemy.samples.binds.auth.Account;
import dev.alchemy.samples.binds.auth.AccountRepository;

/**
 * The accounts' JSON list, on the {@code auth} database's own transaction manager (the
 * sample's account controllers use Alchemy's {@code Db}, so they are not reused).
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@RestController
@RequestMapping("/api/accounts")
class HandWiredAccountController {

	private final AccountRepository accounts;

	HandWiredAccountController(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Transactional(transactionManager = "authTransactionManager", readOnly = true)
	List<String> list() {
		return this.accounts.findAllByOrderByUsername().stream().map(Account::getUsername).toList();
	}

}
