package dev.alchemy.test.app;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A web component that an {@code @AlchemyTest} must leave out.
 */
@RestController
public class WidgetController {

	private final WidgetRepository widgets;

	WidgetController(WidgetRepository widgets) {
		this.widgets = widgets;
	}

	@GetMapping("/widgets")
	List<String> codes() {
		return this.widgets.findAll().stream().map(Widget::getCode).toList();
	}

}
