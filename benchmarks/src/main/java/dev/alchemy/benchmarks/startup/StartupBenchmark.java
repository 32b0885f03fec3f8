package dev.alchemy.benchmarks.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.FileSystemUtils;

import dev.alchemy.benchmarks.Benchmark;
import dev.alchemy.benchmarks.Comparison;
import dev.alchemy.benchmarks.Scale;
import dev.alchemy.benchmarks.SpringApps;
import dev.alchemy.benchmarks.Target;
import dev.alchemy.benchmarks.startup.handwired.HandWiredBindsApplication;
import dev.alchemy.samples.binds.BindsApplication;
import dev.alchemy.test.databases.TestDatabase;
import dev.alchemy.test.databases.TestDatabases;

/**
 * Start-up time, in seconds from starting a JVM to Spring Boot's "Started" line: (a) the
 * real binds sample on Alchemy, three databases from {@code sqlalchemy.*}, against (b)
 * the same application wired by hand ({@link HandWiredBindsApplication}). Every round
 * starts a new JVM with the same options, so that neither inherits a warm JIT or loaded
 * classes. Each variant has its own three databases: the first start (a warm-up round)
 * migrates them, and every later start has Flyway find them up to date.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public class StartupBenchmark implements Benchmark {

	static final String ALCHEMY = "(a) binds sample on Alchemy";

	static final String HAND_WIRED = "(b) wired by hand";

	private final Map<String, List<String>> commands = new LinkedHashMap<>();

	private final List<Path> directories = new ArrayList<>();

	@Override
	public String name() {
		return "start-up";
	}

	@Override
	public List<String> variants() {
		return List.of(ALCHEMY, HAND_WIRED);
	}

	@Override
	public List<Comparison> comparisons() {
		return List.of(new Comparison("(a)/(b) seconds to started", ALCHEMY, HAND_WIRED, Target.atMost(1.05)));
	}

	@Override
	public void setUp(Scale scale) throws Exception {
		List<String> classPath = JvmStarts.classPath();
		List<String> bindsClassPath = JvmStarts.without(classPath,
				(entry) -> JvmStarts.isQuickstart(entry) || JvmStarts.isTestOnly(entry));
		List<String> handWiredClassPath = JvmStarts.without(bindsClassPath,
				(entry) -> entry.contains("alchemy-spring-boot-autoconfigure") || entry.contains("autoconfigure/target"));
		TestDatabase notes = TestDatabases.postgresql();
		TestDatabase accounts = TestDatabases.mariadb();
		Path instance = directory("alchemy-benchmarks-binds-");
		this.commands.put(ALCHEMY,
				JvmStarts.java(bindsClassPath, BindsApplication.class.getName(), "--server.port=0",
						"--sqlalchemy.database-uri=" + notes.uri(), "--sqlalchemy.binds.auth=" + accounts.uri(),
						"--sqlalchemy.instance-path=" + instance));
		TestDatabase handWiredNotes = TestDatabases.postgresql();
		TestDatabase handWiredAccounts = TestDatabases.mariadb();
		Path handWiredInstance = directory("alchemy-benchmarks-hand-wired-");
		List<String> handWiredArguments = SpringApps.dataSourceArguments(handWiredNotes);
		handWiredArguments.addAll(List.of("--server.port=0",
				"--app.datasource.auth.jdbc-url=" + handWiredAccounts.jdbcUrl(),
				"--app.datasource.meta.jdbc-url=jdbc:sqlite:" + handWiredInstance.resolve("meta.db")));
		SpringApps.credentials(handWiredAccounts, "app.datasource.auth", handWiredArguments);
		this.commands.put(HAND_WIRED, JvmStarts.java(handWiredClassPath, HandWiredBindsApplication.class.getName(),
				handWiredArguments.toArray(String[]::new)));
	}

	@Override
	public double measure(String variant) throws Exception {
		return JvmStarts.secondsUntil(this.commands.get(variant), variant,
				(line) -> line.contains(" Started ") && line.contains("process running for"));
	}

	@Override
	public void close() {
		this.directories.forEach((directory) -> FileSystemUtils.deleteRecursively(directory.toFile()));
	}

	private Path directory(String prefix) throws Exception {
		Path directory = Files.createTempDirectory(prefix);
		this.directories.add(directory);
		return directory;
	}

}
