package dev.alchemy.benchmarks.pagination;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
import dev.alchemy.pagination.PageOptions;
import dev.alchemy.pagination.Pagination;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

/**
 * {@code db.paginate} with offset pagination on one million rows in PostgreSQL, 20 rows a
 * page ordered by the primary key, at pages 1, 100 and 10,000: milliseconds per page,
 * reported as ratios to page 1. No count query ({@code count(false)}), so that the ratios
 * show what the offset costs, not a count of the whole table that every page pays alike.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class OffsetPaginationBenchmark implements Benchmark {

	static final String PAGE_1 = "offset page 1";

	static final String PAGE_100 = "offset page 100";

	static final String PAGE_10000 = "offset page 10000";

	// Extension point (issue 4, keyset): add "keyset page 100" and "keyset page 10000"
	// variants that reach the same rows with keyset pagination (measure() below, one more
	// case), and comparisons of each to PAGE_1 with Target.none().

	private static final int PER_PAGE = 20;

	private final List<ConfigurableApplicationContext> applications = new ArrayList<>();

	private @Nullable Db db;

	private Duration roundDuration = Duration.ZERO;

	@Override
	public String name() {
		return "pagination";
	}

	@Override
	public List<String> variants() {
		return List.of(PAGE_1, PAGE_100, PAGE_10000);
	}

	@Override
	public List<Comparison> comparisons() {
		return List.of(new Comparison("page 100 / page 1, ms per page", PAGE_100, PAGE_1, Target.none()),
				new Comparison("page 10000 / page 1, ms per page", PAGE_10000, PAGE_1, Target.none()));
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
	}

	@Override
	public double measure(String variant) {
		int page = switch (variant) {
			case PAGE_1 -> 1;
			case PAGE_100 -> 100;
			case PAGE_10000 -> 10_000;
			default -> throw new IllegalArgumentException(variant);
		};
		long start = System.nanoTime();
		long deadline = start + this.roundDuration.toNanos();
		int loaded = 0;
		do {
			loadPage(page);
			loaded++;
		}
		while (System.nanoTime() < deadline);
		return (System.nanoTime() - start) / 1e6 / loaded;
	}

	private void loadPage(int page) {
		try (SessionScope scope = this.db.openScope()) {
			Pagination<PageItem> items = this.db.paginate(
					scope.session().createQuery("select p from PageItem p order by p.id", PageItem.class),
					PageOptions.fromRequest().page(page).perPage(PER_PAGE).count(false));
			long expectedFirstId = (long) (page - 1) * PER_PAGE + 1;
			if (items.items().size() != PER_PAGE || items.items().get(0).getId() != expectedFirstId) {
				throw new IllegalStateException("Page " + page + " does not start at row " + expectedFirstId);
			}
		}
	}

	@Override
	public void close() {
		this.applications.forEach(ConfigurableApplicationContext::close);
		this.applications.clear();
	}

}
