package dev.alchemy.benchmarks.requestpath;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PageJson}: the fields the plain variants compute must be Alchemy's.
 * The request-path benchmark compares whole answers with the quickstart's at set-up.
 *
 * @author Alchemy team
 */
class PageJsonTests {

	@Test
	void pageWidgetHasGapsAroundTheCurrentPagesAsFlaskSqlalchemysIterPages() {
		PageJson<String> page = PageJson.of(List.of("x"), 7, 1, 20);
		assertThat(page.iterPages()).containsExactlyElementsOf(Arrays.asList(1, 2, null, 5, 6, 7, 8, 9, 10, 11, null, 19, 20));
	}

	@Test
	void middlePageKnowsItsNeighboursAndPositions() {
		PageJson<String> page = PageJson.of(List.of("a", "b"), 3, 20, 125);
		assertThat(page.pages()).isEqualTo(7);
		assertThat(page.hasPrev()).isTrue();
		assertThat(page.prevNum()).isEqualTo(2);
		assertThat(page.nextNum()).isEqualTo(4);
		assertThat(page.first()).isEqualTo(41);
		assertThat(page.last()).isEqualTo(42);
	}

	@Test
	void emptyTableIsOnePageWithNothingOnIt() {
		PageJson<String> page = PageJson.of(List.of(), 1, 20, 0);
		assertThat(page.pages()).isZero();
		assertThat(page.hasNext()).isFalse();
		assertThat(page.nextNum()).isNull();
		assertThat(page.first()).isZero();
		assertThat(page.last()).isZero();
		assertThat(page.iterPages()).isEmpty();
	}

	@Test
	void requestedPageDefaultsToTwentyItemsAndIsCappedAtOneHundred() {
		assertThat(PageJson.requested(null, null)).isEqualTo(new PageJson.Requested(1, 20));
		assertThat(PageJson.requested("3", "500")).isEqualTo(new PageJson.Requested(3, 100));
	}

	@Test
	void requestedPageThatIsNotAPositiveIntegerIsA404() {
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> PageJson.requested("0", null))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> PageJson.requested("1", "x"));
	}

	@Test
	void parametersThatAreNotPositiveIntegersAreRefused() {
		assertThat(PageJson.parameter(null, 20)).isEqualTo(20);
		assertThat(PageJson.parameter("3", 1)).isEqualTo(3);
		assertThat(PageJson.parameter("0", 1)).isEqualTo(-1);
		assertThat(PageJson.parameter("x", 1)).isEqualTo(-1);
	}

}
