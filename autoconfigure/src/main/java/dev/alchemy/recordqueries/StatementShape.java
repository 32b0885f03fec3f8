package dev.alchemy.recordqueries;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The shape of a statement: its SQL with literals and placeholder lists reduced to one
 * {@code ?} and its white space collapsed, so that the same statement run with other
 * values, or written with its values inline, counts as the same statement. The shape
 * holds no literal values, so it may be logged.
 */
final class StatementShape {

	private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");

	private static final Pattern NUMBER_LITERAL = Pattern.compile("\\b\\d+(?:\\.\\d+)?\\b");

	private static final Pattern PLACEHOLDER_LIST = Pattern.compile("\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\)");

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	/**
	 * How many statements' shapes are kept. An application's statements are mostly the
	 * same few strings (Hibernate's, and prepared ones), and every recorded request asks for
	 * the shape of each of them; a statement with its values written inline is new every
	 * time, so the cache stops growing at this size instead of holding them all.
	 */
	private static final int CACHED_SHAPES = 1024;

	private static final Map<String, String> shapes = new ConcurrentHashMap<>();

	private StatementShape() {
	}

	static String of(String statement) {
		String shape = shapes.get(statement);
		if (shape == null) {
			shape = shapeOf(statement);
			if (shapes.size() < CACHED_SHAPES) {
				shapes.putIfAbsent(statement, shape);
			}
		}
		return shape;
	}

	private static String shapeOf(String statement) {
		String shape = STRING_LITERAL.matcher(statement).replaceAll("?");
		shape = NUMBER_LITERAL.matcher(shape).replaceAll("?");
		shape = PLACEHOLDER_LIST.matcher(shape).replaceAll("(?)");
		return WHITE_SPACE.matcher(shape).replaceAll(" ").trim();
	}

}
