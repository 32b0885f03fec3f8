package dev.alchemy.pagination;

import java.util.List;

import dev.alchemy.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link PageRequest}.
 *
 * @author Alchemy team
 */
class PageRequestTests {

	private static final PageDefaults DEFAULTS = PageDefaults.defaults();

	// Not integers: decimals, blanks, other digits, other notations, lone or doubled
	// signs. The blank in " 2" is also what "?page=+2" decodes to.
	private static final String[] NOT_INTEGERS = { "abc", "", "2.5", " 2", "2 ", " ", "0x10", "\uFF11", "\u0663",
			"1_000", "2e3", "-", "+", "++2", "+-2", "2-", "1,000", "\u00B2", "NaN", "Infinity" };

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void missingParametersAreTheFirstPageOfTheDefaultSize(boolean errorOut) {
		assertThat(PageRequest.resolve(null, null, DEFAULTS, errorOut)).isEqualTo(new PageRequest(1, 20));
	}

	@Test
	void missingPerPageIsTheConfiguredDefault() {
		assertThat(PageRequest.resolve("3", null, new PageDefaults(50, null), true)).isEqualTo(new PageRequest(3, 50));
	}

	@Test
	void defaultSizeAboveTheMaximumIsLowered() {
		assertThat(PageRequest.resolve(null, null, new PageDefaults(20, 10), true)).isEqualTo(new PageRequest(1, 10));
	}

	@Test
	void integersAreRead() {
		assertThat(PageRequest.resolve("2", "10", DEFAULTS, true)).isEqualTo(new PageRequest(2, 10));
	}

	@Test
	void leadingZerosAreAllowed() {
		assertThat(PageRequest.resolve("007", "010", DEFAULTS, true)).isEqualTo(new PageRequest(7, 10));
	}

	@Test
	void leadingPlusIsAllowedAsInPython() {
		assertThat(PageRequest.resolve("+2", "+10", DEFAULTS, true)).isEqualTo(new PageRequest(2, 10));
	}

	@Test
	void pageThatIsNotAnIntegerIsNotFound() {
		for (String value : NOT_INTEGERS) {
			assertThatExceptionOfType(NotFoundException.class)
				.as("page '%s'", value)
				.isThrownBy(() -> PageRequest.resolve(value, null, DEFAULTS, true))
				.satisfies((ex) -> assertThat(ex.getDescription()).isEqualTo("Invalid page parameter '" + value + "'"));
		}
	}

	@Test
	void perPageThatIsNotAnIntegerIsNotFound() {
		for (String value : NOT_INTEGERS) {
			assertThatExceptionOfType(NotFoundException.class)
				.as("per_page '%s'", value)
				.isThrownBy(() -> PageRequest.resolve(null, value, DEFAULTS, true))
				.satisfies((ex) -> assertThat(ex.getDescription())
					.isEqualTo("Invalid per_page parameter '" + value + "'"));
		}
	}

	@Test
	void pageThatIsNotAnIntegerIsTheFirstPageWhenNotAnError() {
		for (String value : NOT_INTEGERS) {
			assertThat(PageRequest.resolve(value, "10", DEFAULTS, false)).as("page '%s'", value)
				.isEqualTo(new PageRequest(1, 10));
		}
	}

	@Test
	void perPageThatIsNotAnIntegerIsTheDefaultWhenNotAnError() {
		for (String value : NOT_INTEGERS) {
			assertThat(PageRequest.resolve("3", value, DEFAULTS, false)).as("per_page '%s'", value)
				.isEqualTo(new PageRequest(3, 20));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "-0", "+0", "00", "-2147483648", "-2147483649", "-99999999999999999999" })
	void pageBelowOneIsNotFound(String value) {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> PageRequest.resolve(value, null, DEFAULTS, true))
			.withMessage("Invalid page parameter '" + value + "'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "-0", "+0", "00", "-2147483648", "-2147483649", "-99999999999999999999" })
	void perPageBelowOneIsNotFound(String value) {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> PageRequest.resolve(null, value, DEFAULTS, true))
			.withMessage("Invalid per_page parameter '" + value + "'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "-5", "-99999999999999999999" })
	void pageBelowOneIsTheFirstPageWhenNotAnError(String value) {
		assertThat(PageRequest.resolve(value, null, DEFAULTS, false)).isEqualTo(new PageRequest(1, 20));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "-99999999999999999999" })
	void perPageBelowOneIsTheDefaultWhenNotAnError(String value) {
		assertThat(PageRequest.resolve("2", value, DEFAULTS, false)).isEqualTo(new PageRequest(2, 20));
	}

	@Test
	void invalidPerPageFallsBackToTheCappedDefault() {
		PageDefaults defaults = new PageDefaults(20, 10);
		assertThat(PageRequest.resolve(null, "abc", defaults, false)).isEqualTo(new PageRequest(1, 10));
		assertThat(PageRequest.resolve(null, "-1", defaults, false)).isEqualTo(new PageRequest(1, 10));
	}

	@ParameterizedTest
	@CsvSource({ "2147483647, 2147483647", "2147483648, 2147483647", "99999999999999999999, 2147483647",
			"+99999999999999999999, 2147483647", "9223372036854775808, 2147483647",
			"000000000000000000000000000000000000000012, 12" })
	void pageTooLargeForAnIntIsTheLargestPage(String value, int expected) {
		assertThat(PageRequest.resolve(value, null, DEFAULTS, true).page()).isEqualTo(expected);
		assertThat(PageRequest.resolve(value, null, DEFAULTS, false).page()).isEqualTo(expected);
	}

	@Test
	void pageWithThousandsOfDigitsIsTheLargestPage() {
		assertThat(PageRequest.resolve("9".repeat(5000), null, DEFAULTS, true).page()).isEqualTo(Integer.MAX_VALUE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "101", "150", "2147483647", "2147483648", "99999999999999999999" })
	void perPageAboveTheMaximumIsLoweredToIt(String value) {
		assertThat(PageRequest.resolve(null, value, DEFAULTS, true)).isEqualTo(new PageRequest(1, 100));
		assertThat(PageRequest.resolve(null, value, DEFAULTS, false)).isEqualTo(new PageRequest(1, 100));
	}

	@Test
	void perPageAtTheMaximumIsKept() {
		assertThat(PageRequest.resolve(null, "100", DEFAULTS, true).perPage()).isEqualTo(100);
	}

	@Test
	void perPageIsLoweredToAConfiguredMaximum() {
		assertThat(PageRequest.resolve(null, "100", new PageDefaults(20, 50), true).perPage()).isEqualTo(50);
	}

	@Test
	void perPageBelowAConfiguredMaximumIsKept() {
		assertThat(PageRequest.resolve(null, "110", new PageDefaults(20, 250), true).perPage()).isEqualTo(110);
	}

	@Test
	void perPageIsNotLoweredWithoutAMaximum() {
		PageDefaults noLimit = new PageDefaults(20, null);
		assertThat(PageRequest.resolve(null, "5000", noLimit, true).perPage()).isEqualTo(5000);
		assertThat(PageRequest.resolve(null, "99999999999999999999", noLimit, true).perPage())
			.isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void longInvalidValueIsShortenedInTheMessage() {
		String value = "a".repeat(1000);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> PageRequest.resolve(value, null, DEFAULTS, true))
			.withMessage("Invalid page parameter '" + "a".repeat(32) + "...'");
	}

	@Test
	void valuesGivenInCodeFollowTheSameRules() {
		assertThat(PageRequest.resolve(3, 10, DEFAULTS, true)).isEqualTo(new PageRequest(3, 10));
		assertThat(PageRequest.resolve(3, 500, DEFAULTS, true)).isEqualTo(new PageRequest(3, 100));
		assertThat(PageRequest.resolve(-5, 10, DEFAULTS, false)).isEqualTo(new PageRequest(1, 10));
		assertThat(PageRequest.resolve(2, 0, DEFAULTS, false)).isEqualTo(new PageRequest(2, 20));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> PageRequest.resolve(0, 10, DEFAULTS, true))
			.withMessage("Invalid page parameter '0'");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> PageRequest.resolve(1, -1, DEFAULTS, true))
			.withMessage("Invalid per_page parameter '-1'");
	}

	@Test
	void offsetIsTheNumberOfItemsBeforeThePage() {
		assertThat(new PageRequest(1, 20).offset()).isZero();
		assertThat(new PageRequest(3, 10).offset()).isEqualTo(20);
		assertThat(new PageRequest(Integer.MAX_VALUE, 100).offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 100);
	}

	@ParameterizedTest
	@CsvSource({ "0, 10", "-1, 10", "1, 0", "1, -1" })
	void numbersBelowOneAreRejected(int page, int perPage) {
		assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(page, perPage))
			.withMessageContaining((page < 1) ? "page" : "perPage");
	}

	@Test
	void emptyPageAfterTheFirstIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> new PageRequest(2, 20).checkNotPastEnd(List.of(), true))
			.withMessage("Page 2 is past the last page");
	}

	@Test
	void emptyFirstPageIsFound() {
		assertThatNoException().isThrownBy(() -> new PageRequest(1, 20).checkNotPastEnd(List.of(), true));
	}

	@Test
	void emptyPageAfterTheFirstIsFoundWhenNotAnError() {
		assertThatNoException().isThrownBy(() -> new PageRequest(2, 20).checkNotPastEnd(List.of(), false));
	}

	@Test
	void pageWithItemsIsFound() {
		assertThatNoException().isThrownBy(() -> new PageRequest(5, 20).checkNotPastEnd(List.of("x"), true));
	}

	@Test
	void hugePageIsNotFoundOnceItIsEmpty() {
		PageRequest request = PageRequest.resolve("99999999999999999999", null, DEFAULTS, true);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> request.checkNotPastEnd(List.of(), true));
	}

	@ParameterizedTest
	@CsvSource(nullValues = "null", value = { "abc, null", "null, abc", "0, null", "null, -1" })
	void contractRequestsThatAreNotFound(@Nullable String page, @Nullable String perPage) {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> PageRequest.resolve(page, perPage, DEFAULTS, true));
	}

}
