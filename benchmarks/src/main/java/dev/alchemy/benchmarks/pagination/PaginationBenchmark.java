package dev.alchemy.benchmarks.pagination;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.query.Order;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;

import dev.alchemy.Db;
import dev.alchemy.benchmarks.Benchmark;
import dev.alchemy.benchmarks.Comparison;
import dev.alchemy.benchmarks.Scale;
import dev.alchemy.benchmarks.SpringApps;
import dev.alchemy.benchmarks.Target;
import dev.alchemy.benchmarks.pagination.alchemy.AlchemyPagesApplication;
import dev.alchemy.benchmarks.pagination.alchemy.PageItem;
import dev.alchemy.pagination.KeysetOptions;
import dev.alchemy.pagination.KeysetPagination;
import dev.alchemy.pagination.PageOptions;
import dev.alchemy.pagination.Pagination;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

/**
 * {@code db.paginate} on one million rows in PostgreSQL, 20 rows a page ordered by the
 * primary key, at pages 1, 100 and 10,000, by number (offset pagination) and by key
 * (keyset pagination, {@link KeysetOptions}): milliseconds per page, reported as ratios to
 * page 1 of the same kind. No count query ({@code count(false)}, keyset's default), so
 * that the ratios show what reaching a deep page costs, not a count of the whole table
 * that every page pays alike.
 * <p>
 * A keyset page is reached by the cursor of the page before it, and there is no public
 * way to make a cursor from a key: the set-up takes the cursors of pages 100 and 10,000
 * once, from the next cursor of one large keyset page that ends where the page before
 * them ends (a cursor holds the key of the item it follows, not the page size).
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class PaginationBenchmark implements Benchmark {

	static final String PAGE_1 = "offset page 1";

	static final String PAGE_100 = "offset page 100";

	static final String PAGE_10000 = "offset page 10000";

	static final String KEYSET_PAGE_1 = "keyset page 1";

	static final String KEYSET_PAGE_100 = "keyset page 100";

	static final String KEYSET_PAGE_10000 = "keyset page 10000";

	private static final int PER_PAGE = 20;

	private static final KeysetOptions<PageItem> BY_ID = KeysetOptions.by(Order.asc(PageItem.class, "id"));

	private final List<ConfigurableApplicationContext> applications = new ArrayList<>();

	/** The cursor of each keyset page measured: {@code null} for page 1. */
	private final Map<Integer, @Nullable String> cursors = new HashMap<>();

	private @Nullable Db db;

	private Duration roundDuration = Duration.ZERO;

	@Override
	public String name() {
		return "pagination";
	}

	@Override
	public List<String> variants() {
		return List.of(PAGE_1, PAGE_100, PAGE_10000, KEYSET_PAGE_1, KEYSET_PAGE_100, KEYSET_PAGE_10000);
	}

	@Override
	public List<Comparison> comparisons() {
		return List.of(
				new Comparison("offset page 100 / offset page 1, ms per page", PAGE_100, PAGE_1, Target.none()),
				new Comparison("offset page 10000 / offset page 1, ms per page", PAGE_10000, PAGE_1, Target.none()),
				new Comparison("keyset page 100 / keyset page 1, ms per page", KEYSET_PAGE_100, KEYSET_PAGE_1,
						Target.none()),
				// Issue 4: a deep keyset page costs about what the first costs.
				new Comparison("keyset page 10000 / keyset page 1, ms per page", KEYSET_PAGE_10000, KEYSET_PAGE_1,
						Target.atMost(2.0)),
				new Comparison("keyset page 10000 / offset page 10000, ms per page", KEYSET_PAGE_10000, PAGE_10000,
						Target.none()),
				new Comparison("keyset page 1 / offset page 1, ms per page", KEYSET_PAGE_1, PAGE_1, Target.none()));
	}

	@Override
	public void setUp(Scale scale) throws Exception {
		this.roundDuration = scale.duration(Duration.ofSeconds(3), Duration.ofMillis(200));
		// Page 10,000 must exist at every scale: 200,020 rows are still generated in a second.
		int rows = scale.size(1_000_000, 200_020);
		TestDatabase database = TestDatabases.postgresql();
		database.jdbc().execute("create table page_item (id bigint primary key, name varchar(100) not null)");
		database.jdbc()
			.update("insert into page_item (id, name) select g, 'item ' || lpad(g::text, 7, '0') "
					+ "from generate_series(1, ?) g", rows);
		database.jdbc().execute("vacuum analyze page_item");
		ConfigurableApplicationContext application = SpringApps.start(AlchemyPagesApplication.class,
				"--spring.main.web-application-type=none", "--sqlalchemy.database-uri=" + database.uri());
		this.applications.add(application);
		this.db = application.getBean(Db.class);
		this.cursors.put(1, null);
		for (int page : List.of(100, 10_000)) {
			this.cursors.put(page, cursorOfPage(page));
		}
	}

	/**
	 * The cursor that {@code nextCursor()} of the page before this one would give: the next
	 * cursor of a single page holding every item before it.
	 */
	private String cursorOfPage(int page) {
		int itemsBefore = (page - 1) * PER_PAGE;
		try (SessionScope scope = this.db.openScope()) {
			KeysetPagination<PageItem> before = this.db.paginate(
					scope.session().createQuery("select p from PageItem p", PageItem.class),
					BY_ID.cursor(null).perPage(itemsBefore).maxPerPage(itemsBefore));
			if (before.items().size() != itemsBefore || before.nextCursor() == null) {
				throw new IllegalStateException("The first " + itemsBefore + " items are not one page");
			}
			return before.nextCursor();
		}
	}

	@Override
	public double measure(String variant) {
		Runnable loadPage = switch (variant) {
			case PAGE_1 -> () -> loadOffsetPage(1);
			case PAGE_100 -> () -> loadOffsetPage(100);
			case PAGE_10000 -> () -> loadOffsetPage(10_000);
			case KEYSET_PAGE_1 -> () -> loadKeysetPage(1);
			case KEYSET_PAGE_100 -> () -> loadKeysetPage(100);
			case KEYSET_PAGE_10000 -> () -> loadKeysetPage(10_000);
			default -> throw new IllegalArgumentException(variant);
		};
		long start = System.nanoTime();
		long deadline = start + this.roundDuration.toNanos();
		int loaded = 0;
		do {
			loadPage.run();
			loaded++;
		}
		while (System.nanoTime() < deadline);
		return (System.nanoTime() - start) / 1e6 / loaded;
	}

	private void loadOffsetPage(int page) {
		try (SessionScope scope = this.db.openScope()) {
			Pagination<PageItem> items = this.db.paginate(
					scope.session().createQuery("select p from PageItem p order by p.id", PageItem.class),
					PageOptions.fromRequest().page(page).perPage(PER_PAGE).count(false));
			checkPage(page, items.items());
		}
	}

	private void loadKeysetPage(int page) {
		try (SessionScope scope = this.db.openScope()) {
			KeysetPagination<PageItem> items = this.db.paginate(
					scope.session().createQuery("select p from PageItem p", PageItem.class),
					BY_ID.cursor(this.cursors.get(page)).perPage(PER_PAGE));
			checkPage(page, items.items());
		}
	}

	private static void checkPage(int page, List<PageItem> items) {
		long expectedFirstId = (long) (page - 1) * PER_PAGE + 1;
		if (items.size() != PER_PAGE || items.get(0).getId() != expectedFirstId) {
			throw new IllegalStateException("Page " + page + " does not start at row " + expectedFirstId);
		}
	}

	@Override
	public void close() {
		this.applications.forEach(ConfigurableApplicationContext::close);
		this.applications.clear();
		this.cursors.clear();
	}

}
