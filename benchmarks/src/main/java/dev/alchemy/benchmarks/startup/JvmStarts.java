package dev.alchemy.benchmarks.startup;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Starts an application in a JVM of its own and times it up to a line of its output: a
 * start-up measured from a cold JVM, as users wait for it.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
final class JvmStarts {

	private static final long START_TIMEOUT_SECONDS = 180;

	private JvmStarts() {
	}

	/**
	 * Run a command and return the seconds until it prints a line that is ready; then
	 * stop it.
	 * @param command the command
	 * @param label what it starts, for the error message
	 * @param ready the line that ends the measurement
	 * @return seconds from starting the process to that line
	 * @throws Exception when the process ends or times out without that line
	 */
	static double secondsUntil(List<String> command, String label, Predicate<String> ready) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Deque<String> lastLines = new ArrayDeque<>();
		long start = System.nanoTime();
		Process process = builder.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				if (ready.test(line)) {
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
			throw new IllegalStateException(label + " did not start; its last lines:\n" + String.join("\n", lastLines));
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

	static List<String> java(List<String> classPath, String mainClass, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// The same small heap for every variant, so that none gets more of the machine's memory.
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
	static List<String> classPath() {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.asList(classPath.split(File.pathSeparator));
	}

	static boolean isTestOnly(String entry) {
		return entry.endsWith("-tests.jar") || entry.endsWith("test-classes") || entry.contains("junit")
				|| entry.contains("surefire");
	}

	/**
	 * Whether a class path entry is the quickstart sample's: only one
	 * {@code application.yml} can be found on a class path, and these benchmarks start the
	 * binds sample.
	 */
	static boolean isQuickstart(String entry) {
		return entry.contains("alchemy-sample-quickstart") || entry.contains("samples/quickstart/target");
	}

	static List<String> without(List<String> classPath, Predicate<String> excluded) {
		return classPath.stream().filter(excluded.negate()).toList();
	}

}
