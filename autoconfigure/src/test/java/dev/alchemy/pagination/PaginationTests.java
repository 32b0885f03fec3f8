package dev.alchemy.pagination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link Pagination}.
 *
 * @author Alchemy team
 */
class PaginationTests {

	@Test
	void firstPageHasNoPreviousAndHasNext() {
		Pagination<Long> pagination = new Table(150).paginate(1, 10);
		assertThat(pagination.page()).isEqualTo(1);
		assertThat(pagination.perPage()).isEqualTo(10);
		assertThat(pagination.total()).isEqualTo(150L);
		assertThat(pagination.pages()).isEqualTo(15);
		assertThat(pagination.hasPrev()).isFalse();
		assertThat(pagination.prevNum()).isNull();
		assertThat(pagination.hasNext()).isTrue();
		assertThat(pagination.nextNum()).isEqualTo(2);
	}

	@Test
	void lastPageHasPreviousAndNoNext() {
		Pagination<Long> pagination = new Table(150).paginate(15, 10);
		assertThat(pagination.hasPrev()).isTrue();
		assertThat(pagination.prevNum()).isEqualTo(14);
		assertThat(pagination.hasNext()).isFalse();
		assertThat(pagination.nextNum()).isNull();
	}

	@Test
	void itemNumbersOnFullFirstPage() {
		Pagination<Long> pagination = new Table(150).paginate(1, 10);
		assertThat(pagination.items()).hasSize(10);
		assertThat(pagination.first()).isEqualTo(1);
		assertThat(pagination.last()).isEqualTo(10);
	}

	@Test
	void itemNumbersOnShortLastPage() {
		Pagination<Long> pagination = new Table(145).paginate(15, 10);
		assertThat(pagination.items()).hasSize(5);
		assertThat(pagination.first()).isEqualTo(141);
		assertThat(pagination.last()).isEqualTo(145);
	}

	@Test
	void itemNumbersAreZeroWithoutItems() {
		Pagination<Long> pagination = new Table(0).paginate(1, 10);
		assertThat(pagination.first()).isZero();
		assertThat(pagination.last()).isZero();
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void noPagesWhenTotalIsZeroOrNotCounted(boolean count) {
		Pagination<Long> pagination = new Table(0).paginate(new PageRequest(1, 10), count);
		assertThat(pagination.total()).isEqualTo(count ? 0L : null);
		assertThat(pagination.pages()).isZero();
		assertThat(pagination.hasPrev()).isFalse();
		assertThat(pagination.hasNext()).isFalse();
		assertThat(pagination.iterPages()).isEmpty();
	}

	@ParameterizedTest(name = "total {0}, per page {1}, page {2}")
	@CsvSource(nullValues = "null", value = {
			// total, perPage, page, items, pages, first, last, prevNum, nextNum
			"0, 10, 1, 0, 0, 0, 0, null, null",
			"1, 10, 1, 1, 1, 1, 1, null, null",
			"1, 1, 1, 1, 1, 1, 1, null, null",
			"9, 10, 1, 9, 1, 1, 9, null, null",
			"10, 10, 1, 10, 1, 1, 10, null, null",
			"20, 10, 1, 10, 2, 1, 10, null, 2",
			"20, 10, 2, 10, 2, 11, 20, 1, null",
			"21, 10, 2, 10, 3, 11, 20, 1, 3",
			"21, 10, 3, 1, 3, 21, 21, 2, null",
			"125, 20, 1, 20, 7, 1, 20, null, 2",
			"125, 20, 7, 5, 7, 121, 125, 6, null",
			"125, 10, 1, 10, 13, 1, 10, null, 2",
			"125, 10, 13, 5, 13, 121, 125, 12, null",
			"150, 10, 16, 0, 15, 0, 0, 15, null" })
	void pageArithmetic(long total, int perPage, int page, int items, int pages, long first, long last,
			@Nullable Integer prevNum, @Nullable Integer nextNum) {
		Pagination<Long> pagination = new Table(total).paginate(page, perPage);
		assertThat(pagination.items()).hasSize(items);
		assertThat(pagination.pages()).isEqualTo(pages);
		assertThat(pagination.first()).isEqualTo(first);
		assertThat(pagination.last()).isEqualTo(last);
		assertThat(pagination.hasPrev()).isEqualTo(prevNum != null);
		assertThat(pagination.prevNum()).isEqualTo(prevNum);
		assertThat(pagination.hasNext()).isEqualTo(nextNum != null);
		assertThat(pagination.nextNum()).isEqualTo(nextNum);
	}

	@Test
	void itemNumbersComeFromThePageNotFromTheTotal() {
		// A total that is out of date (rows added since the count) does not change the
		// positions of the items actually loaded.
		Pagination<String> pagination = Pagination.of(2, 10, List.of("a", "b", "c"), 5);
		assertThat(pagination.first()).isEqualTo(11);
		assertThat(pagination.last()).isEqualTo(13);
		assertThat(pagination.pages()).isEqualTo(1);
	}

	@ParameterizedTest(name = "page {0}")
	@MethodSource("fifteenPages")
	void iterPagesOfFifteenPages(int page, List<@Nullable Integer> expected) {
		Pagination<Long> pagination = new Table(150).paginate(page, 10);
		assertThat(pagination.pages()).isEqualTo(15);
		assertThat(pagination.iterPages()).isEqualTo(expected);
	}

	static Stream<Arguments> fifteenPages() {
		return Stream.of(Arguments.of(1, pages(1, 2, 3, 4, 5, null, 14, 15)),
				Arguments.of(2, pages(1, 2, 3, 4, 5, 6, null, 14, 15)),
				Arguments.of(3, pages(1, 2, 3, 4, 5, 6, 7, null, 14, 15)),
				Arguments.of(4, pages(1, 2, 3, 4, 5, 6, 7, 8, null, 14, 15)),
				Arguments.of(5, pages(1, 2, 3, 4, 5, 6, 7, 8, 9, null, 14, 15)),
				Arguments.of(6, pages(1, 2, null, 4, 5, 6, 7, 8, 9, 10, null, 14, 15)),
				Arguments.of(7, pages(1, 2, null, 5, 6, 7, 8, 9, 10, 11, null, 14, 15)),
				Arguments.of(8, pages(1, 2, null, 6, 7, 8, 9, 10, 11, 12, null, 14, 15)),
				Arguments.of(9, pages(1, 2, null, 7, 8, 9, 10, 11, 12, 13, 14, 15)),
				Arguments.of(10, pages(1, 2, null, 8, 9, 10, 11, 12, 13, 14, 15)),
				Arguments.of(11, pages(1, 2, null, 9, 10, 11, 12, 13, 14, 15)),
				Arguments.of(12, pages(1, 2, null, 10, 11, 12, 13, 14, 15)),
				Arguments.of(13, pages(1, 2, null, 11, 12, 13, 14, 15)),
				Arguments.of(14, pages(1, 2, null, 12, 13, 14, 15)),
				Arguments.of(15, pages(1, 2, null, 13, 14, 15)));
	}

	@ParameterizedTest(name = "page {0}")
	@ValueSource(ints = { 1, 2, 3, 4 })
	void iterPagesOfFourPagesShowsThemAll(int page) {
		assertThat(new Table(40).paginate(page, 10).iterPages()).containsExactly(1, 2, 3, 4);
	}

	@Test
	void iterPagesOfNoPagesIsEmpty() {
		assertThat(new Table(0).paginate(1, 10).iterPages()).isEmpty();
	}

	@Test
	void iterPagesOfTwentyPagesOnPageSevenAsDocumented() {
		assertThat(new Table(200).paginate(7, 10).iterPages())
			.isEqualTo(pages(1, 2, null, 5, 6, 7, 8, 9, 10, 11, null, 19, 20));
	}

	@Test
	void iterPagesOf125ItemsInPagesOfTen() {
		assertThat(new Table(125).paginate(1, 10).iterPages()).isEqualTo(pages(1, 2, 3, 4, 5, null, 12, 13));
		assertThat(new Table(125).paginate(13, 10).iterPages()).isEqualTo(pages(1, 2, null, 11, 12, 13));
	}

	@Test
	void iterPagesOf125ItemsInPagesOfTwentyHasNoGapBecauseNoPageIsSkipped() {
		// Pages 3 to 5 are around page 1 and pages 6 and 7 are the right edge: nothing is
		// left out, so there is nothing for a gap to stand for.
		assertThat(new Table(125).paginate(1, 20).iterPages()).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void iterPagesMarksASingleSkippedPageAsAGap() {
		// 8 pages, page 1: the middle block ends at 5, the right edge starts at 7.
		assertThat(new Table(80).paginate(1, 10).iterPages()).isEqualTo(pages(1, 2, 3, 4, 5, null, 7, 8));
	}

	@Test
	void iterPagesBeyondTheLastPage() {
		assertThat(new Table(150).paginate(20, 10).iterPages()).isEqualTo(pages(1, 2, null));
		assertThat(new Table(150).paginate(16, 10).iterPages()).isEqualTo(pages(1, 2, null, 14, 15));
	}

	@ParameterizedTest(name = "({0}, {1}, {2}, {3}) on page {4} of 15")
	@MethodSource("customWindows")
	void iterPagesWithOtherWindows(int leftEdge, int leftCurrent, int rightCurrent, int rightEdge, int page,
			List<@Nullable Integer> expected) {
		assertThat(new Table(150).paginate(page, 10).iterPages(leftEdge, leftCurrent, rightCurrent, rightEdge))
			.isEqualTo(expected);
	}

	static Stream<Arguments> customWindows() {
		return Stream.of(Arguments.of(0, 2, 4, 0, 7, pages(null, 5, 6, 7, 8, 9, 10, 11, null)),
				Arguments.of(1, 0, 0, 1, 7, pages(1, null, 7, null, 15)),
				Arguments.of(0, 0, 0, 0, 1, pages(1, null)), Arguments.of(1, 1, 1, 1, 1, pages(1, 2, null, 15)),
				Arguments.of(15, 0, 0, 0, 7, pages(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)),
				Arguments.of(20, 2, 4, 2, 7, pages(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)),
				Arguments.of(2, 20, 20, 2, 7, pages(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)),
				// The middle block (page 1 only) ends before the left edge: Flask-SQLAlchemy
				// would repeat 3, 4 and 5 after a gap.
				Arguments.of(5, 0, 0, 13, 1, pages(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)),
				Arguments.of(5, 0, 0, 3, 1, pages(1, 2, 3, 4, 5, null, 13, 14, 15)));
	}

	@Test
	void iterPagesRejectsNegativeWindows() {
		Pagination<Long> pagination = new Table(150).paginate(7, 10);
		assertThatIllegalArgumentException().isThrownBy(() -> pagination.iterPages(-1, 2, 4, 2))
			.withMessageContaining("leftEdge");
		assertThatIllegalArgumentException().isThrownBy(() -> pagination.iterPages(2, -1, 4, 2))
			.withMessageContaining("leftCurrent");
		assertThatIllegalArgumentException().isThrownBy(() -> pagination.iterPages(2, 2, -1, 2))
			.withMessageContaining("rightCurrent");
		assertThatIllegalArgumentException().isThrownBy(() -> pagination.iterPages(2, 2, 4, -1))
			.withMessageContaining("rightEdge");
	}

	@Test
	void iterPagesNearTheLargestPageNumberDoesNotOverflow() {
		Pagination<String> pagination = Pagination.of(Integer.MAX_VALUE - 1, 1, List.of("x"), Long.MAX_VALUE);
		int max = Integer.MAX_VALUE;
		assertThat(pagination.pages()).isEqualTo(max);
		assertThat(pagination.hasNext()).isTrue();
		assertThat(pagination.nextNum()).isEqualTo(max);
		assertThat(pagination.first()).isEqualTo(max - 1L);
		assertThat(pagination.iterPages()).isEqualTo(pages(1, 2, null, max - 3, max - 2, max - 1, max));
	}

	@Test
	void largeItemNumbersDoNotOverflow() {
		Pagination<String> pagination = Pagination.of(Integer.MAX_VALUE, 100, List.of("x", "y"), Long.MAX_VALUE);
		long expectedFirst = (Integer.MAX_VALUE - 1L) * 100 + 1;
		assertThat(pagination.first()).isEqualTo(expectedFirst);
		assertThat(pagination.last()).isEqualTo(expectedFirst + 1);
	}

	@Test
	void countDisabledKnowsThePreviousPageButNotTheNext() {
		Pagination<Long> pagination = new Table(150).paginate(new PageRequest(3, 10), false);
		assertThat(pagination.total()).isNull();
		assertThat(pagination.items()).hasSize(10);
		assertThat(pagination.pages()).isZero();
		assertThat(pagination.hasNext()).isFalse();
		assertThat(pagination.nextNum()).isNull();
		assertThat(pagination.hasPrev()).isTrue();
		assertThat(pagination.prevNum()).isEqualTo(2);
		assertThat(pagination.iterPages()).isEmpty();
		assertThat(pagination.first()).isEqualTo(21);
		assertThat(pagination.last()).isEqualTo(30);
	}

	@Test
	void pageBeyondTheLastIsEmptyWhenNotAnError() {
		Pagination<Long> pagination = new Table(150).paginate(20, 10);
		assertThat(pagination.items()).isEmpty();
		assertThat(pagination.first()).isZero();
		assertThat(pagination.last()).isZero();
		assertThat(pagination.hasNext()).isFalse();
		assertThat(pagination.iterPages()).isEqualTo(pages(1, 2, null));
	}

	@Test
	void nextLoadsTheNextPageWithTheKnownTotalAndWithoutCounting() {
		Table table = new Table(150);
		Pagination<Long> first = table.paginate(1, 20);
		assertThat(first.total()).isEqualTo(150L);
		assertThat(first.items()).hasSize(20);
		Pagination<Long> second = first.next();
		assertThat(second.page()).isEqualTo(2);
		assertThat(second.perPage()).isEqualTo(20);
		assertThat(second.total()).isEqualTo(150L);
		assertThat(second.items()).containsExactlyElementsOf(range(20, 40));
		assertThat(table.counts).isOne();
		assertThat(table.fetched).containsExactly(new PageRequest(1, 20), new PageRequest(2, 20));
	}

	@Test
	void prevLoadsThePreviousPageWithTheKnownTotalAndWithoutCounting() {
		Table table = new Table(150);
		Pagination<Long> third = table.paginate(3, 20);
		Pagination<Long> second = third.prev();
		assertThat(second.page()).isEqualTo(2);
		assertThat(second.total()).isEqualTo(150L);
		assertThat(second.items()).containsExactlyElementsOf(range(20, 40));
		assertThat(table.counts).isOne();
		assertThat(table.fetched).containsExactly(new PageRequest(3, 20), new PageRequest(2, 20));
	}

	@Test
	void neighboursKeepTheTotalWhenItIsOutOfDate() {
		Table table = new Table(150);
		Pagination<Long> first = table.paginate(1, 20);
		table.rows = 300;
		assertThat(first.next().total()).isEqualTo(150L);
		assertThat(first.next().next().prev().total()).isEqualTo(150L);
		assertThat(table.counts).isOne();
	}

	@Test
	void neighboursOfAnUncountedPageStayUncounted() {
		Table table = new Table(150);
		Pagination<Long> next = table.paginate(new PageRequest(1, 10), false).next();
		assertThat(next.page()).isEqualTo(2);
		assertThat(next.total()).isNull();
		assertThat(next.items()).containsExactlyElementsOf(range(10, 20));
		assertThat(table.counts).isZero();
	}

	@Test
	void nextAfterTheLastPageIsAnEmptyPageWithTheTotal() {
		Table table = new Table(150);
		Pagination<Long> last = table.paginate(15, 10);
		assertThat(last.hasNext()).isFalse();
		Pagination<Long> beyond = last.next();
		assertThat(beyond.page()).isEqualTo(16);
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(150L);
		assertThat(beyond.first()).isZero();
		assertThat(beyond.hasPrev()).isTrue();
	}

	@Test
	void prevOnTheFirstPageLoadsTheFirstPageAgain() {
		Table table = new Table(150);
		Pagination<Long> first = table.paginate(1, 10);
		assertThat(first.hasPrev()).isFalse();
		Pagination<Long> again = first.prev();
		assertThat(again.page()).isEqualTo(1);
		assertThat(again.items()).containsExactlyElementsOf(first.items());
		assertThat(again.total()).isEqualTo(150L);
		assertThat(table.fetched).containsExactly(new PageRequest(1, 10), new PageRequest(1, 10));
	}

	@Test
	void neighboursKeepThePageSizeEvenAboveTheDefaultLimit() {
		// Flask-SQLAlchemy's prev() would lower 150 to its internal limit of 100.
		Table table = new Table(1000);
		PageRequest request = PageRequest.resolve("2", "150", new PageDefaults(20, 200), true);
		Pagination<Long> pagination = table.paginate(request, true);
		assertThat(pagination.perPage()).isEqualTo(150);
		assertThat(pagination.next().perPage()).isEqualTo(150);
		assertThat(pagination.prev().perPage()).isEqualTo(150);
	}

	@Test
	void nextKeepsARequestedPageSize() {
		Table table = new Table(1000);
		PageRequest request = PageRequest.resolve(null, "110", new PageDefaults(20, 250), true);
		Pagination<Long> next = table.paginate(request, true).next();
		assertThat(next.page()).isEqualTo(2);
		assertThat(next.perPage()).isEqualTo(110);
	}

	@Test
	void nextOnTheLargestPageNumberStaysThere() {
		Table table = new Table(150);
		Pagination<Long> next = table.paginate(Integer.MAX_VALUE, 10).next();
		assertThat(next.page()).isEqualTo(Integer.MAX_VALUE);
		assertThat(next.items()).isEmpty();
	}

	@Test
	void pageFromNumbersCannotLoadItsNeighbours() {
		Pagination<String> pagination = Pagination.of(2, 10, List.of("a"), 11);
		assertThatIllegalStateException().isThrownBy(pagination::next).withMessageContaining("PageFetcher");
		assertThatIllegalStateException().isThrownBy(pagination::prev).withMessageContaining("PageFetcher");
	}

	@Test
	void pageFromNumbers() {
		Pagination<String> pagination = Pagination.of(2, 2, List.of("c", "d"), 5);
		assertThat(pagination.items()).containsExactly("c", "d");
		assertThat(pagination.page()).isEqualTo(2);
		assertThat(pagination.perPage()).isEqualTo(2);
		assertThat(pagination.total()).isEqualTo(5L);
		assertThat(pagination.pages()).isEqualTo(3);
		assertThat(pagination.nextNum()).isEqualTo(3);
		assertThat(pagination.prevNum()).isEqualTo(1);
		assertThat(pagination.first()).isEqualTo(3);
		assertThat(pagination.last()).isEqualTo(4);
	}

	@Test
	void iteratingIteratesOverTheItems() {
		Pagination<Long> pagination = new Table(25).paginate(3, 10);
		List<Long> iterated = new ArrayList<>();
		for (Long item : pagination) {
			iterated.add(item);
		}
		assertThat(iterated).containsExactly(20L, 21L, 22L, 23L, 24L);
	}

	@Test
	void itemsCannotBeChanged() {
		Pagination<Long> pagination = new Table(25).paginate(1, 10);
		assertThat(pagination.items()).isUnmodifiable();
		Iterator<Long> iterator = pagination.iterator();
		iterator.next();
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(iterator::remove);
	}

	@Test
	void itemsAreCopied() {
		List<String> items = new ArrayList<>(List.of("a", "b"));
		Pagination<String> pagination = Pagination.of(1, 10, items, 2);
		items.clear();
		assertThat(pagination.items()).containsExactly("a", "b");
	}

	@Test
	void itemsMayBeNull() {
		// A page of a nullable column.
		Pagination<String> pagination = Pagination.of(1, 10, Arrays.asList("a", null), 2);
		assertThat(pagination.items()).containsExactly("a", null);
		assertThat(pagination.last()).isEqualTo(2);
	}

	@Test
	void moreItemsThanThePageHoldsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Pagination.of(1, 2, List.of("a", "b", "c"), 3))
			.withMessageContaining("3 items");
	}

	@Test
	void negativeTotalIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Pagination.of(1, 2, List.of(), -1))
			.withMessageContaining("total");
	}

	@Test
	void toStringShowsThePosition() {
		assertThat(new Table(150).paginate(2, 10))
			.hasToString("Pagination[page=2, perPage=10, total=150, items=10]");
	}

	@Test
	void jsonOfTheQuickstartContractExample() {
		List<User> users = IntStream.rangeClosed(1, 125)
			.mapToObj((id) -> new User(id, String.format("user%03d", id), null))
			.toList();
		Pagination<User> pagination = Pagination.of(new PageRequest(1, 20), users.subList(0, 20), 125L,
				(request) -> users.subList((int) request.offset(),
						(int) Math.min(request.offset() + request.perPage(), users.size())));
		String items = IntStream.rangeClosed(1, 20)
			.mapToObj((id) -> String.format("{\"id\":%d,\"username\":\"user%03d\",\"email\":null}", id, id))
			.collect(Collectors.joining(",", "[", "]"));
		// The contract's example shows "iterPages":[1,2,3,4,5,null,6,7], but with 7 pages no
		// page is skipped on page 1, and Flask-SQLAlchemy yields no gap.
		assertThat(toJson(pagination)).isEqualTo("{\"items\":" + items
				+ ",\"page\":1,\"perPage\":20,\"total\":125,\"pages\":7,\"hasPrev\":false,\"hasNext\":true,"
				+ "\"prevNum\":null,\"nextNum\":2,\"first\":1,\"last\":20,\"iterPages\":[1,2,3,4,5,6,7]}");
	}

	@Test
	void jsonOfAMiddlePageWithGaps() {
		Pagination<User> pagination = Pagination.of(7, 1,
				List.of(new User(7, "g", "g@example.com")), 20);
		assertThat(toJson(pagination))
			.isEqualTo("{\"items\":[{\"id\":7,\"username\":\"g\",\"email\":\"g@example.com\"}],\"page\":7,"
					+ "\"perPage\":1,\"total\":20,\"pages\":20,\"hasPrev\":true,\"hasNext\":true,\"prevNum\":6,"
					+ "\"nextNum\":8,\"first\":7,\"last\":7,"
					+ "\"iterPages\":[1,2,null,5,6,7,8,9,10,11,null,19,20]}");
	}

	@Test
	void jsonOfAnUncountedPage() {
		Pagination<Long> pagination = new Table(150).paginate(new PageRequest(2, 2), false);
		assertThat(toJson(pagination)).isEqualTo("{\"items\":[2,3],\"page\":2,\"perPage\":2,\"total\":null,"
				+ "\"pages\":0,\"hasPrev\":true,\"hasNext\":false,\"prevNum\":1,\"nextNum\":null,\"first\":3,"
				+ "\"last\":4,\"iterPages\":[]}");
	}

	@Test
	void jsonKeepsNullsWhenTheMapperLeavesThemOut() {
		JsonMapper mapper = JsonMapper.builder()
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
				.withContentInclusion(JsonInclude.Include.NON_NULL))
			.build();
		Pagination<Long> pagination = new Table(0).paginate(new PageRequest(1, 10), false);
		assertThat(mapper.writeValueAsString(pagination)).isEqualTo("{\"items\":[],\"page\":1,\"perPage\":10,"
				+ "\"total\":null,\"pages\":0,\"hasPrev\":false,\"hasNext\":false,\"prevNum\":null,"
				+ "\"nextNum\":null,\"first\":0,\"last\":0,\"iterPages\":[]}");
		Pagination<Long> withGaps = new Table(150).paginate(7, 10);
		assertThat(mapper.writeValueAsString(withGaps))
			.endsWith("\"iterPages\":[1,2,null,5,6,7,8,9,10,11,null,14,15]}");
	}

	private static String toJson(Pagination<?> pagination) {
		return JsonMapper.builder().build().writeValueAsString(pagination);
	}

	private static List<@Nullable Integer> pages(@Nullable Integer... numbers) {
		return Arrays.asList(numbers);
	}

	private static List<Long> range(long from, long to) {
		return LongStream.range(from, to).boxed().toList();
	}

	record User(long id, String username, @Nullable String email) {

	}

	/**
	 * Numbers 0 to rows - 1 that stand in for the query side and count its queries.
	 */
	static final class Table {

		long rows;

		int counts;

		final List<PageRequest> fetched = new ArrayList<>();

		Table(long rows) {
			this.rows = rows;
		}

		Pagination<Long> paginate(int page, int perPage) {
			return paginate(new PageRequest(page, perPage), true);
		}

		Pagination<Long> paginate(PageRequest request, boolean count) {
			List<Long> items = fetch(request);
			Long total = null;
			if (count) {
				this.counts++;
				total = this.rows;
			}
			return Pagination.of(request, items, total, this::fetch);
		}

		List<Long> fetch(PageRequest request) {
			this.fetched.add(request);
			long from = Math.min(request.offset(), this.rows);
			return range(from, Math.min(from + request.perPage(), this.rows));
		}

	}

	@Test
	void mapConvertsTheItemsAndTheItemsOfNeighbours() {
		List<Integer> all = IntStream.rangeClosed(1, 25).boxed().toList();
		PageFetcher<Integer> fetcher = (request) -> all.subList((int) request.offset(),
				(int) Math.min(all.size(), request.offset() + request.perPage()));
		Pagination<Integer> first = Pagination.of(new PageRequest(1, 10), fetcher.fetch(new PageRequest(1, 10)), 25L,
				fetcher);
		Pagination<String> mapped = first.map((number) -> "#" + number);
		assertThat(mapped.items()).first().isEqualTo("#1");
		assertThat(mapped.total()).isEqualTo(25);
		assertThat(mapped.next().next().items()).containsExactly("#21", "#22", "#23", "#24", "#25");
	}

	@Test
	void mappedPageWithoutFetcherCannotLoadNeighbours() {
		Pagination<String> mapped = Pagination.of(1, 10, List.of(1, 2), 12).map(String::valueOf);
		assertThat(mapped.items()).containsExactly("1", "2");
		assertThatIllegalStateException().isThrownBy(mapped::next);
	}

}
