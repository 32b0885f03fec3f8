package dev.alchemy.session;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.alchemy.bind.BindRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the objects a {@link SessionScope} holds for other concerns.
 */
class SessionScopeResourcesTests {

	private final BindRegistry binds = new BindRegistry(List.of());

	@Test
	void aResourceIsCreatedOncePerScopeFromTheScopesName() {
		try (SessionScope scope = SessionScope.open(this.binds, "GET /users")) {
			StringBuilder first = SessionScope.currentResource(this, StringBuilder::new);
			try (SessionScope joined = SessionScope.open(this.binds, "inner")) {
				StringBuilder again = SessionScope.currentResource(this, StringBuilder::new);
				assertThat((Object) again).isSameAs(first);
			}
			assertThat((Object) first).hasToString("GET /users");
		}
		try (SessionScope scope = SessionScope.open(this.binds)) {
			StringBuilder other = SessionScope.currentResource(this, StringBuilder::new);
			assertThat((Object) other).hasToString("scope on thread '" + Thread.currentThread().getName() + "'");
		}
	}

	@Test
	void thereIsNoResourceOutsideAScope() {
		StringBuilder none = SessionScope.currentResource(this, StringBuilder::new);
		assertThat((Object) none).isNull();
	}

	@Test
	void closingTheScopeClosesItsResourcesLastCreatedFirst() {
		List<String> closed = new ArrayList<>();
		try (SessionScope scope = SessionScope.open(this.binds)) {
			SessionScope.currentResource("first", (name) -> (AutoCloseable) () -> closed.add("first"));
			SessionScope.currentResource("second", (name) -> (AutoCloseable) () -> closed.add("second"));
			assertThat(closed).isEmpty();
		}
		assertThat(closed).containsExactly("second", "first");
	}

}
