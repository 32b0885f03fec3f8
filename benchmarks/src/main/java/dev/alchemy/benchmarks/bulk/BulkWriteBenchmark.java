package dev.alchemy.benchmarks.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;

import dev.alchemy.Db;
import dev.alchemy.benchmarks.Benchmark;
import dev.alchemy.benchmarks.Comparison;
import dev.alchemy.benchmarks.Scale;
import dev.alchemy.benchmarks.SpringApps;
import dev.alchemy.benchmarks.Target;
import dev.alchemy.benchmarks.bulk.alchemy.AlchemyBulkApplication;
import dev.alchemy.benchmarks.bulk.plain.PlainBulkApplication;
import dev.alchemy.benchmarks.bulk.plain.PlainBulkItemRepository;
import dev.alchemy.session.Session;
import dev.alchemy.session.SessionScope;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

/**
 * Inserting many new entities in one transaction, in rows per second: (a) Alchemy's
 * {@code db.session()} ({@code addAll}, {@code commit}), (b) plain Spring Boot's
 * {@code saveAll} with its defaults, (c) a raw JDBC batch of prepared inserts on a Hikari
 * pool, 1,000 rows a batch, keys from the application, with the driver properties of
 * Alchemy's engine. All three write the same table of one database; it is emptied before
 * every insert, outside the time measured.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class BulkWriteBenchmark implements Benchmark {

	static final String ALCHEMY = "(a) Alchemy db.session()";

	static final String PLAIN = "(b) Spring Boot saveAll";

	static final String JDBC = "(c) raw JDBC batch";

	private static final int JDBC_BATCH_SIZE = 1000;

	private final Database database;

	private final List<ConfigurableApplicationContext> applications = new ArrayList<>();

	private @Nullable TestDatabase testDatabase;

	private @Nullable Db db;

	private @Nullable PlainBulkItemRepository repository;

	private @Nullable HikariDataSource jdbc;

	private int rows;

	private long nextJdbcId;

	/**
	 * A bulk write on one kind of database.
	 * @param database the kind of database
	 */
	public BulkWriteBenchmark(Database database) {
		this.database = database;
	}

	@Override
	public String name() {
		return "bulk-write-" + this.database.name().toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public List<String> variants() {
		return List.of(ALCHEMY, PLAIN, JDBC);
	}

	@Override
	public List<Comparison> comparisons() {
		return List.of(new Comparison("(a)/(b) rows/s", ALCHEMY, PLAIN, Target.atLeast(3.0)),
				new Comparison("(a)/(c) rows/s", ALCHEMY, JDBC, Target.atLeast(0.5)));
	}

	@Override
	public void setUp(Scale scale) throws Exception {
		this.rows = scale.size(100_000, 500);
		TestDatabase database = this.database.create.get();
		this.testDatabase = database;
		database.jdbc().execute("create table bulk_item (id bigint primary key, name varchar(100) not null, "
				+ "quantity integer not null)");
		database.jdbc().execute("create sequence bulk_item_seq start with 1 increment by 50");
		ConfigurableApplicationContext alchemy = SpringApps.start(AlchemyBulkApplication.class,
				"--spring.main.web-application-type=none", "--sqlalchemy.database-uri=" + database.uri());
		this.applications.add(alchemy);
		this.db = alchemy.getBean(Db.class);
		List<String> datasource = SpringApps.dataSourceArguments(database);
		datasource.add("--spring.main.web-application-type=none");
		ConfigurableApplicationContext plain = SpringApps.startPlain(PlainBulkApplication.class,
				datasource.toArray(String[]::new));
		this.applications.add(plain);
		this.repository = plain.getBean(PlainBulkItemRepository.class);
		HikariDataSource jdbc = new HikariDataSource();
		jdbc.setJdbcUrl(database.jdbcUrl());
		jdbc.setUsername(database.username());
		jdbc.setPassword(database.password());
		// The driver settings Alchemy's engine has (sqlalchemy.engine-options.connect-args,
		// reWriteBatchedInserts for example), so that trying one keeps the comparison fair.
		jdbc.setDataSourceProperties(this.db.engine().unwrap(HikariDataSource.class).getDataSourceProperties());
		this.jdbc = jdbc;
	}

	@Override
	public double measure(String variant) throws Exception {
		this.testDatabase.jdbc().execute("truncate table bulk_item");
		long start = System.nanoTime();
		switch (variant) {
			case ALCHEMY -> insertWithSession();
			case PLAIN -> insertWithRepository();
			case JDBC -> insertWithJdbc();
			default -> throw new IllegalArgumentException(variant);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Integer written = this.testDatabase.jdbc().queryForObject("select count(*) from bulk_item", Integer.class);
		if (written == null || written != this.rows) {
			throw new IllegalStateException(variant + " wrote " + written + " rows instead of " + this.rows);
		}
		return this.rows / seconds;
	}

	private void insertWithSession() {
		List<BulkItem> items = newItems();
		try (SessionScope scope = this.db.openScope()) {
			Session session = scope.session();
			session.addAll(items);
			session.commit();
		}
	}

	private void insertWithRepository() {
		this.repository.saveAll(newItems());
	}

	private List<BulkItem> newItems() {
		List<BulkItem> items = new ArrayList<>(this.rows);
		for (int i = 0; i < this.rows; i++) {
			items.add(new BulkItem("item " + i, i));
		}
		return items;
	}

	private void insertWithJdbc() throws Exception {
		try (Connection connection = this.jdbc.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection
				.prepareStatement("insert into bulk_item (id, name, quantity) values (?, ?, ?)")) {
				for (int i = 0; i < this.rows; i++) {
					insert.setLong(1, ++this.nextJdbcId);
					insert.setString(2, "item " + i);
					insert.setInt(3, i);
					insert.addBatch();
					if ((i + 1) % JDBC_BATCH_SIZE == 0) {
						insert.executeBatch();
					}
				}
				insert.executeBatch();
			}
			connection.commit();
		}
	}

	@Override
	public void close() {
		this.applications.forEach(ConfigurableApplicationContext::close);
		this.applications.clear();
		if (this.jdbc != null) {
			this.jdbc.close();
		}
	}

	/**
	 * The databases the bulk write runs on.
	 */
	public enum Database {

		/** PostgreSQL. */
		POSTGRESQL(TestDatabases::postgresql),

		/** MariaDB. */
		MARIADB(TestDatabases::mariadb);

		private final Supplier<TestDatabase> create;

		Database(Supplier<TestDatabase> create) {
			this.create = create;
		}

	}

}
