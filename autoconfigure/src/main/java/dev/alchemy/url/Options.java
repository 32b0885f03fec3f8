package dev.alchemy.url;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.alchemy.url.InvalidDatabaseUrlException.Kind;

/**
 * Reading query options and writing driver parameters, shared by the dialect
 * translators.
 */
final class Options {

	private final List<Map.Entry<String, String>> parameters = new ArrayList<>();

	Options add(String key, String value) {
		this.parameters.add(Map.entry(key, value));
		return this;
	}

	/**
	 * Join the parameters, in the order they were added.
	 * @param first what comes before the first parameter, such as {@code ?}
	 * @param separator what comes between parameters, such as {@code &}
	 * @param encoder encodes each value
	 */
	String join(String first, String separator, UnaryOperator<String> encoder) {
		StringBuilder joined = new StringBuilder();
		for (Map.Entry<String, String> parameter : this.parameters) {
			joined.append(joined.isEmpty() ? first : separator);
			joined.append(parameter.getKey()).append('=').append(encoder.apply(parameter.getValue()));
		}
		return joined.toString();
	}

	/**
	 * Return the one value of an option, refusing repeats, which SQLAlchemy would hand to
	 * the driver as a list.
	 */
	static String single(UrlParts url, String key, List<String> values) {
		if (values.size() > 1) {
			throw url.fail(Kind.UNSUPPORTED_OPTION,
					"Query option '" + key + "' is given " + values.size() + " times; give it once");
		}
		return values.get(0);
	}

	static InvalidDatabaseUrlException unknown(UrlParts url, String key, List<String> supported) {
		return url.fail(Kind.UNSUPPORTED_OPTION, "Unknown query option '" + key + "' for " + url.dialect().label()
				+ "; supported: " + String.join(", ", supported));
	}

	static InvalidDatabaseUrlException badValue(UrlParts url, String key, String value, String expected) {
		return url.fail(Kind.UNSUPPORTED_OPTION, "Query option '" + key + "' for " + url.dialect().label()
				+ " must be " + expected + ", not '" + value + "'");
	}

	/**
	 * Translate a value through a table whose keys are lower case.
	 */
	static String lookup(UrlParts url, String key, String value, Map<String, String> table) {
		return lookup(url, key, value.toLowerCase(Locale.ROOT), value, table);
	}

	/**
	 * Translate a value, already brought to the form of the table's keys, through a table.
	 */
	static String lookup(UrlParts url, String key, String normalized, String value, Map<String, String> table) {
		String translated = table.get(normalized);
		if (translated == null) {
			throw badValue(url, key, value, "one of " + String.join(", ", table.keySet()));
		}
		return translated;
	}

	/**
	 * Build an ordered, unmodifiable table from key-value pairs.
	 */
	static Map<String, String> table(String... pairs) {
		Map<String, String> table = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			table.put(pairs[i], pairs[i + 1]);
		}
		return Collections.unmodifiableMap(table);
	}

	static String wholeSeconds(UrlParts url, String key, String value) {
		if (value.isEmpty() || !value.chars().allMatch((c) -> c >= '0' && c <= '9') || value.length() > 9) {
			throw badValue(url, key, value, "a whole number of seconds");
		}
		return value;
	}

	/**
	 * Convert SQLAlchemy's seconds, which may have a fraction, to the milliseconds Java
	 * drivers expect.
	 */
	static String secondsToMillis(UrlParts url, String key, String value) {
		BigDecimal seconds;
		try {
			seconds = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw badValue(url, key, value, "a number of seconds");
		}
		if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE / 1000)) > 0) {
			throw badValue(url, key, value, "a number of seconds from 0 to " + (Integer.MAX_VALUE / 1000));
		}
		return seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).toPlainString();
	}

}
