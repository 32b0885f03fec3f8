package dev.alchemy.model;

/**
 * Flask-SQLAlchemy's rule for naming a table after its model class: CamelCase becomes
 * snake_case, acronyms stay one word ({@code HTTPResponse} becomes {@code http_response}),
 * digits belong to the word before them ({@code HTTP2Request} becomes
 * {@code http2_request}).
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class TableNames {

	private TableNames() {
	}

	/**
	 * Convert a class name to a table name.
	 * @param className a simple class name such as {@code ShoppingCartSession}
	 * @return the table name, such as {@code shopping_cart_session}
	 */
	public static String fromClassName(String className) {
		StringBuilder name = new StringBuilder(className.length() + 8);
		for (int i = 0; i < className.length(); i++) {
			char c = className.charAt(i);
			if (isUpper(c) && startsWord(className, i)) {
				name.append('_');
			}
			name.append(isUpper(c) ? (char) (c + ('a' - 'A')) : c);
		}
		int start = 0;
		while (start < name.length() && name.charAt(start) == '_') {
			start++;
		}
		return name.substring(start);
	}

	/**
	 * An upper-case letter starts a word after a lower-case letter or digit
	 * ({@code camelCase}, {@code HTTP2Request}), or, inside an acronym, when a lower-case
	 * letter follows it ({@code HTMLLayout}).
	 */
	private static boolean startsWord(String name, int index) {
		if (index == 0) {
			return false;
		}
		char previous = name.charAt(index - 1);
		if (isLower(previous) || isDigit(previous)) {
			return true;
		}
		return index + 1 < name.length() && isLower(name.charAt(index + 1));
	}

	private static boolean isUpper(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean isLower(char c) {
		return c >= 'a' && c <= 'z';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
