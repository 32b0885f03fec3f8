package dev.alchemy.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a database URI whose JDBC driver is not on the classpath, naming the
 * dependency to add.
 */
class DatabaseDriverMissingFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseDriverMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseDriverMissingException cause) {
		String[] coordinates = cause.getCoordinates().split(":");
		String description = "'" + cause.getProperty() + "' (" + cause.getMaskedUri() + ") needs the class "
				+ cause.getMissingClass() + ", which is not on the classpath.";
		String action = "Add " + cause.getCoordinates() + " to your build (its version is managed by "
				+ "Spring Boot's dependency management).\n\nMaven:\n\t<dependency>\n\t\t<groupId>" + coordinates[0]
				+ "</groupId>\n\t\t<artifactId>" + coordinates[1] + "</artifactId>\n\t\t<scope>runtime</scope>\n"
				+ "\t</dependency>\n\nGradle:\n\truntimeOnly '" + cause.getCoordinates() + "'";
		return new FailureAnalysis(description, action, cause);
	}

}
