package dev.alchemy.samples.binds;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.alchemy.samples.binds.auth.AccountRepository;

/**
 * The accounts page: the accounts of the {@code auth} database and the form to create
 * one.
 */
@Controller
class AccountPageController {

	private final AccountRepository accounts;

	private final AccountService accountService;

	AccountPageController(AccountRepository accounts, AccountService accountService) {
		this.accounts = accounts;
		this.accountService = accountService;
	}

	@GetMapping("/accounts")
	ModelAndView list() {
		return page(new NewAccount(null, null), null, HttpStatus.OK);
	}

	@PostMapping("/accounts")
	ModelAndView create(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String displayName) {
		NewAccount input = new NewAccount(username, displayName);
		String problem = input.problem();
		if (problem != null) {
			return page(input, problem, HttpStatus.BAD_REQUEST);
		}
		try {
			this.accountService.create(input);
		}
		catch (UsernameTakenException ex) {
			return page(input, ex.getMessage(), HttpStatus.CONFLICT);
		}
		return new ModelAndView("redirect:/accounts");
	}

	private ModelAndView page(NewAccount input, @Nullable String error, HttpStatus status) {
		ModelAndView page = new ModelAndView("accounts/list", status);
		page.addObject("accounts", this.accounts.findAllByOrderByUsername());
		page.addObject("input", input);
		page.addObject("error", error);
		return page;
	}

}
