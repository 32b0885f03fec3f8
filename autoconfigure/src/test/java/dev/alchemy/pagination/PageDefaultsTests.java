package dev.alchemy.pagination;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link PageDefaults}.
 *
 * @author Alchemy team
 */
class PageDefaultsTests {

	@Test
	void defaultsAreTwentyPerPageAndAtMostOneHundred() {
		assertThat(PageDefaults.defaults()).isEqualTo(new PageDefaults(20, 100));
	}

	@Test
	void maximumMayBeLeftOut() {
		assertThat(new PageDefaults(20, null).maxPerPage()).isNull();
	}

	@Test
	void defaultBelowOneIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageDefaults(0, 100))
			.withMessageContaining("defaultPerPage");
	}

	@Test
	void maximumBelowOneIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageDefaults(20, 0))
			.withMessageContaining("maxPerPage");
	}

}
