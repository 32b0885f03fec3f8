package dev.alchemy.recordqueries;

import java.lang.StackWalker.StackFrame;
import java.security.CodeSource;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Finds where in the application a statement comes from: walking outwards from the
 * statement, the first frame of a class in one of the application's packages (the
 * packages of {@code @SpringBootApplication}, Spring Boot's
 * {@code AutoConfigurationPackages}). Without such a frame, or without known packages, it
 * is the first frame that belongs to none of the libraries between an application and its
 * database (the JDK, Jakarta, Spring, Hibernate, HikariCP, datasource-proxy, JDBC
 * drivers, Tomcat, ...) nor to Alchemy. Generated classes (Spring and Hibernate proxies)
 * are skipped.
 */
final class ApplicationFrames {

	private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

	private static final List<String> LIBRARY_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
			"jakarta.", "org.springframework.", "org.hibernate.", "com.zaxxer.hikari.", "net.ttddyy.dsproxy.",
			"org.postgresql.", "org.mariadb.", "com.mysql.", "org.sqlite.", "org.h2.", "com.microsoft.sqlserver.",
			"oracle.jdbc.", "org.flywaydb.", "io.micrometer.", "org.apache.", "tools.jackson.", "com.fasterxml.",
			"org.thymeleaf.", "kotlin.", "kotlinx.");

	private static final @Nullable String ALCHEMY_CODE_SOURCE = codeSource(ApplicationFrames.class);

	private final List<String> applicationPackages;

	private final ClassValue<Kind> kinds = new ClassValue<>() {

		@Override
		protected Kind computeValue(Class<?> type) {
			return kind(type);
		}

	};

	/**
	 * Create a finder.
	 * @param applicationPackages the application's packages; empty when unknown
	 */
	ApplicationFrames(List<String> applicationPackages) {
		this.applicationPackages = applicationPackages.stream().map((name) -> name + ".").toList();
	}

	/**
	 * Find the application frame of the current thread's stack.
	 * @return the frame, or {@code null} when there is none
	 */
	@Nullable StackTraceElement find() {
		return WALKER.walk(this::find);
	}

	private @Nullable StackTraceElement find(Stream<StackFrame> frames) {
		StackFrame firstOutsideLibraries = null;
		for (Iterator<StackFrame> iterator = frames.iterator(); iterator.hasNext();) {
			StackFrame frame = iterator.next();
			Kind kind = this.kinds.get(frame.getDeclaringClass());
			if (kind == Kind.APPLICATION) {
				return frame.toStackTraceElement();
			}
			if (kind == Kind.OTHER && firstOutsideLibraries == null) {
				firstOutsideLibraries = frame;
				if (this.applicationPackages.isEmpty()) {
					break;
				}
			}
		}
		return (firstOutsideLibraries != null) ? firstOutsideLibraries.toStackTraceElement() : null;
	}

	private Kind kind(Class<?> type) {
		String name = type.getName();
		if (name.contains("$$") || name.contains("$HibernateProxy") || name.contains("$ByteBuddy")
				|| LIBRARY_PACKAGES.stream().anyMatch(name::startsWith)) {
			return Kind.LIBRARY;
		}
		// Alchemy's classes, but not the application's own classes in dev.alchemy packages
		// (its tests, its samples).
		if (name.startsWith("dev.alchemy.") && Objects.equals(codeSource(type), ALCHEMY_CODE_SOURCE)) {
			return Kind.LIBRARY;
		}
		return this.applicationPackages.stream().anyMatch(name::startsWith) ? Kind.APPLICATION : Kind.OTHER;
	}

	private static @Nullable String codeSource(Class<?> type) {
		CodeSource source = type.getProtectionDomain().getCodeSource();
		return (source != null && source.getLocation() != null) ? source.getLocation().toString() : null;
	}

	private enum Kind {

		APPLICATION, LIBRARY, OTHER

	}

}
