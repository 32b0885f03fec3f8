package dev.alchemy.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.alchemy.benchmarks.bulk.BulkWriteBenchmark;
import dev.alchemy.benchmarks.pagination.PaginationBenchmark;
import dev.alchemy.benchmarks.requestpath.RequestPathBenchmark;
import dev.alchemy.benchmarks.startup.SliceStartupBenchmark;
import dev.alchemy.benchmarks.startup.StartupBenchmark;

/**
 * Runs the benchmarks and prints the results table; {@code --results=FILE} writes it to a
 * file too. Options: {@code --only=NAME[,NAME...]}, {@code --rounds=N},
 * {@code --warmups=N}, {@code --smoke} (tiny sizes, one round).
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class BenchmarksMain {

	private BenchmarksMain() {
	}

	/**
	 * Every benchmark, in the order they run. A new benchmark is one more entry here.
	 * @return new instances of the benchmarks
	 */
	public static List<Benchmark> benchmarks() {
		return List.of(new RequestPathBenchmark(), new BulkWriteBenchmark(BulkWriteBenchmark.Database.POSTGRESQL),
				new BulkWriteBenchmark(BulkWriteBenchmark.Database.MARIADB), new StartupBenchmark(),
				new SliceStartupBenchmark(), new PaginationBenchmark());
	}

	public static void main(String[] args) throws Exception {
		Scale scale = Scale.FULL;
		@Nullable Path resultsFile = null;
		@Nullable Set<String> only = null;
		Integer rounds = null;
		Integer warmups = null;
		for (String arg : args) {
			if (arg.equals("--smoke")) {
				scale = Scale.SMOKE;
			}
			else if (arg.startsWith("--results=")) {
				resultsFile = Path.of(value(arg));
			}
			else if (arg.startsWith("--only=")) {
				only = Arrays.stream(value(arg).split(",")).map(String::strip).collect(Collectors.toSet());
			}
			else if (arg.startsWith("--rounds=")) {
				rounds = Integer.valueOf(value(arg));
			}
			else if (arg.startsWith("--warmups=")) {
				warmups = Integer.valueOf(value(arg));
			}
			else if (!arg.isBlank()) {
				throw new IllegalArgumentException("Unknown argument '" + arg
						+ "'; use --only=NAME[,NAME...], --rounds=N, --warmups=N, --smoke or --results=FILE");
			}
		}
		scale = scale.withRounds((warmups != null) ? warmups : scale.warmupRounds(),
				(rounds != null) ? rounds : scale.rounds());
		List<Benchmark> selected = new ArrayList<>();
		for (Benchmark benchmark : benchmarks()) {
			if (only == null || only.contains(benchmark.name())) {
				selected.add(benchmark);
			}
		}
		if (selected.isEmpty()) {
			throw new IllegalArgumentException("No benchmark is named " + only + "; the names are "
					+ benchmarks().stream().map(Benchmark::name).toList());
		}
		BenchmarkRunner runner = new BenchmarkRunner(scale, (line) -> System.out.println("[benchmarks] " + line));
		List<ComparisonResult> results = new ArrayList<>();
		for (Benchmark benchmark : selected) {
			results.addAll(runner.run(benchmark));
		}
		String report = report(scale, results);
		System.out.println();
		System.out.println(report);
		if (resultsFile != null) {
			Files.createDirectories(resultsFile.toAbsolutePath().getParent());
			Files.writeString(resultsFile, report, StandardCharsets.UTF_8);
			System.out.println("Written to " + resultsFile);
		}
		// The applications' non-daemon threads must not keep the JVM alive.
		System.exit(0);
	}

	static String report(Scale scale, List<ComparisonResult> results) {
		return "Run " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", " + Runtime.getRuntime().availableProcessors()
				+ " cores, Java " + Runtime.version() + ", " + System.getProperty("os.name") + " "
				+ System.getProperty("os.arch") + ", " + scale.warmupRounds() + " warm-up and " + scale.rounds()
				+ " measured rounds" + (scale.smoke() ? " (SMOKE SCALE: not a measurement)" : "") + ".\n\n"
				+ ResultTable.markdown(results);
	}

	private static String value(String arg) {
		return arg.substring(arg.indexOf('=') + 1);
	}

}
