package dev.alchemy.samples.quickstart;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.alchemy.Db;

/**
 * The HTML pages of the Flask-SQLAlchemy quickstart: the user list, a user, the create
 * form and the delete confirmation.
 *
 * @author Alchemy team
 */
@Controller
class UserPageController {

	private final Db db;

	private final UserPages pages;

	UserPageController(Db db, UserPages pages) {
		this.db = db;
		this.pages = pages;
	}

	@GetMapping("/users")
	String list(Model model) {
		model.addAttribute("users", this.pages.page());
		return "users/list";
	}

	@GetMapping("/users/create")
	String createForm() {
		return "users/create";
	}

	@PostMapping("/users/create")
	ModelAndView create(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String email) {
		NewUser input = new NewUser(username, (email == null || email.isBlank()) ? null : email);
		String problem = input.problem();
		if (problem != null) {
			return form(input, problem, HttpStatus.BAD_REQUEST);
		}
		User user = this.db.session().add(input.toUser());
		try {
			this.db.session().commit();
		}
		catch (DataIntegrityViolationException ex) {
			return form(input, "The username '" + user.getUsername() + "' is already taken.", HttpStatus.CONFLICT);
		}
		return new ModelAndView("redirect:/user/" + user.getId());
	}

	private static ModelAndView form(NewUser input, String error, HttpStatus status) {
		ModelAndView form = new ModelAndView("users/create", status);
		form.addObject("username", input.username());
		form.addObject("email", input.email());
		form.addObject("error", error);
		return form;
	}

	@GetMapping("/user/{id:[0-9]{1,18}}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("user", this.db.getOr404(User.class, id));
		return "users/detail";
	}

	@GetMapping("/user/{id:[0-9]{1,18}}/delete")
	String deleteForm(@PathVariable long id, Model model) {
		model.addAttribute("user", this.db.getOr404(User.class, id));
		return "users/delete";
	}

	@PostMapping("/user/{id:[0-9]{1,18}}/delete")
	String delete(@PathVariable long id) {
		this.db.session().delete(this.db.getOr404(User.class, id));
		this.db.session().commit();
		return "redirect:/users";
	}

}
