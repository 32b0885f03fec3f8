package dev.alchemy.pagination;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * The types a keyset cursor can hold, each written as its canonical text under a one
 * character tag. Reading a value never instantiates a type named by the cursor: the type
 * comes from the sort key's attribute, the tag must be the one of that type, and the text
 * must be exactly what writing the parsed value gives back. Values that the type allows
 * but a database would refuse with an error (a NUL character, a year 20000, an exponent of
 * a million) are refused too, so that a forged cursor is a bad cursor and never a server
 * error.
 *
 * @author Alchemy team
 */
enum KeyType {

	STRING('s', String.class, KeyType::plainText),

	CHARACTER('c', Character.class, (text) -> {
		require(text.length() == 1);
		return plainText(text).charAt(0);
	}),

	LONG('l', Long.class, Long::parseLong),

	INTEGER('i', Integer.class, Integer::parseInt),

	SHORT('h', Short.class, Short::parseShort),

	BYTE('y', Byte.class, Byte::parseByte),

	DOUBLE('d', Double.class, (text) -> finite(Double.parseDouble(text))),

	FLOAT('f', Float.class, (text) -> finite(Float.parseFloat(text))),

	BIG_DECIMAL('n', BigDecimal.class, KeyType::bigDecimal),

	BIG_INTEGER('g', BigInteger.class, KeyType::bigInteger),

	BOOLEAN('z', Boolean.class, Boolean::parseBoolean),

	UUID('u', java.util.UUID.class, java.util.UUID::fromString),

	LOCAL_DATE('D', LocalDate.class, (text) -> year(LocalDate.parse(text), LocalDate::getYear)),

	LOCAL_TIME('t', LocalTime.class, LocalTime::parse),

	LOCAL_DATE_TIME('T', LocalDateTime.class, (text) -> year(LocalDateTime.parse(text), LocalDateTime::getYear)),

	INSTANT('I', Instant.class,
			(text) -> year(Instant.parse(text), (instant) -> instant.atOffset(ZoneOffset.UTC).getYear())),

	OFFSET_DATE_TIME('O', OffsetDateTime.class,
			(text) -> year(OffsetDateTime.parse(text), OffsetDateTime::getYear)),

	// Read by the attribute's enum class, from the metamodel, never the cursor's.
	ENUM('e', Enum.class, null) {
		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Comparable<?> parse(String text, Class<?> type) {
			return Enum.valueOf((Class) type, text);
		}

		@Override
		String format(Object value) {
			return ((Enum<?>) value).name();
		}
	};

	// Digits or exponent: far beyond any real column, far below what makes a database fail.
	private static final int MAX_NUMBER_LENGTH = 1000;

	// ISO 8601's four-digit years: every database stores them, not all store more.
	private static final int MIN_YEAR = 1;

	private static final int MAX_YEAR = 9999;

	private final char tag;

	private final Class<?> javaType;

	private final @Nullable Function<String, Comparable<?>> parser;

	KeyType(char tag, Class<?> javaType, @Nullable Function<String, Comparable<?>> parser) {
		this.tag = tag;
		this.javaType = javaType;
		this.parser = parser;
	}

	/**
	 * The tag written before a value of this type.
	 * @return the tag
	 */
	char tag() {
		return this.tag;
	}

	/**
	 * Read a value of this type from its canonical text.
	 * @param text the text
	 * @param type the Java type of the sort key's attribute
	 * @return the value
	 * @throws RuntimeException if the text is not a value of the type
	 */
	Comparable<?> parse(String text, Class<?> type) {
		Assert.state(this.parser != null, "No parser");
		return this.parser.apply(text);
	}

	/**
	 * Write a value of this type as its canonical text.
	 * @param value the value
	 * @return the text
	 */
	String format(Object value) {
		return value.toString();
	}

	/**
	 * Read a value and check that the text is exactly how the value is written: a cursor
	 * has one spelling of each value, so any other spelling was not written by Alchemy.
	 * @param text the text
	 * @param type the Java type of the sort key's attribute
	 * @return the value, or {@code null} if the text is not a canonical value of the type
	 */
	@Nullable Comparable<?> read(String text, Class<?> type) {
		try {
			Comparable<?> value = parse(text, type);
			return format(value).equals(text) ? value : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Find the type of a sort key's attribute.
	 * @param type the attribute's Java type
	 * @param attribute the attribute, for the message
	 * @return the key type
	 * @throws IllegalArgumentException if values of the type cannot be held in a cursor
	 */
	static KeyType of(Class<?> type, String attribute) {
		Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
		if (boxed.isEnum()) {
			return ENUM;
		}
		for (KeyType keyType : values()) {
			if (keyType.javaType.equals(boxed)) {
				return keyType;
			}
		}
		throw new IllegalArgumentException("Keyset pagination cannot sort on " + attribute + " of type "
				+ type.getName() + "; a cursor holds " + Arrays.stream(values())
					.map((keyType) -> keyType.javaType.getSimpleName())
					.collect(Collectors.joining(", ")));
	}

	private static String plainText(String text) {
		// NUL and lone surrogates: PostgreSQL refuses the first, every driver mangles the
		// second. codePoints() yields a lone surrogate as itself and a pair as one code point.
		require(text.codePoints()
			.noneMatch((codePoint) -> codePoint == 0
					|| (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)));
		return text;
	}

	private static <V extends Comparable<?>> V year(V value, ToIntFunction<V> year) {
		require(year.applyAsInt(value) >= MIN_YEAR && year.applyAsInt(value) <= MAX_YEAR);
		return value;
	}

	private static BigDecimal bigDecimal(String text) {
		require(text.length() <= MAX_NUMBER_LENGTH);
		BigDecimal value = new BigDecimal(text);
		require(Math.abs(value.scale()) <= MAX_NUMBER_LENGTH);
		return value;
	}

	private static BigInteger bigInteger(String text) {
		require(text.length() <= MAX_NUMBER_LENGTH);
		return new BigInteger(text);
	}

	private static <V extends Number & Comparable<?>> V finite(V value) {
		require(Double.isFinite(value.doubleValue()));
		return value;
	}

	private static void require(boolean condition) {
		if (!condition) {
			throw new IllegalArgumentException("Not a cursor value");
		}
	}

}
