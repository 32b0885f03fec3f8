package dev.alchemy.benchmarks.startup;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.util.FileSystemUtils;

import dev.alchemy.benchmarks.Benchmark;
import dev.alchemy.benchmarks.Comparison;
import dev.alchemy.benchmarks.Scale;
import dev.alchemy.benchmarks.SpringApps;
import dev.alchemy.benchmarks.Target;
import dev.alchemy.benchmarks.startup.handwired.HandWiredBindsApplication;
import dev.alchemy.samples.binds.BindsApplication;
import dev.alchemy.testsupport.TestDatabase;
import dev.alchemy.testsupport.TestDatabases;

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

	private static final long START_TIMEOUT_SECONDS = 180;

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
		List<String> classPath = classPath();
		// Only one application.yml can be found on a class path: the binds sample's.
		List<String> bindsClassPath = without(classPath,
				(entry) -> entry.contains("alchemy-sample-quickstart") || entry.contains("samples/quickstart/target")
						|| isTestOnly(entry));
		List<String> handWiredClassPath = without(bindsClassPath,
				(entry) -> entry.contains("alchemy-spring-boot-autoconfigure") || entry.contains("autoconfigure/target"));
		TestDatabase notes = TestDatabases.postgresql();
		TestDatabase accounts = TestDatabases.mariadb();
		Path instance = directory("alchemy-benchmarks-binds-");
		this.commands.put(ALCHEMY,
				java(bindsClassPath, BindsApplication.class.getName(), "--server.port=0",
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
		this.commands.put(HAND_WIRED, java(handWiredClassPath, HandWiredBindsApplication.class.getName(),
				handWiredArguments.toArray(String[]::new)));
	}

	@Override
	public double measure(String variant) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(this.commands.get(variant)).redirectErrorStream(true);
		Deque<String> lastLines = new ArrayDeque<>();
		long start = System.nanoTime();
		Process process = builder.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				if (line.contains(" Started ") && line.contains("process running for")) {
					return (System.nanoTime() - start) / 1e9;
				}
				lastLines.addLast(line);
				if (lastLines.size() > 40) {
					lastLines.removeFirst();
				}
				if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS)) {
					break;
				}
			}
			throw new IllegalStateException(variant + " did not start; its last lines:\n" + String.join("\n", lastLines));
		}
		finally {
			stop(process);
		}
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
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

	private static List<String> java(List<String> classPath, String mainClass, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// The same small heap for both, so that neither gets more of the machine's memory.
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(String.join(File.pathSeparator, classPath));
		command.add(mainClass);
		command.addAll(Arrays.asList(arguments));
		return command;
	}

	/**
	 * This JVM's class path: the benchmarks module's, from {@code java.class.path} when
	 * run from the command line, from Surefire's property in the smoke test (Surefire
	 * starts its JVM with a class path of one jar).
	 */
	private static List<String> classPath() {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.asList(classPath.split(File.pathSeparator));
	}

	private static boolean isTestOnly(String entry) {
		return entry.endsWith("-tests.jar") || entry.endsWith("test-classes") || entry.contains("junit")
				|| entry.contains("surefire");
	}

	private static List<String> without(List<String> classPath, Predicate<String> excluded) {
		return classPath.stream().filter(excluded.negate()).toList();
	}

}
