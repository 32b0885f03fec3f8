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
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

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

	STRING('s', String.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			return requirePlainText(text);
		}
	},

	CHARACTER('c', Character.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			require(text.length() == 1);
			return requirePlainText(text).charAt(0);
		}
	},

	LONG('l', Long.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			return Long.parseLong(text);
		}
	},

	INTEGER('i', Integer.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			return Integer.parseInt(text);
		}
	},

	SHORT('h', Short.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			return Short.parseShort(text);
		}
	},

	BYTE('y', Byte.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			return Byte.parseByte(text);
		}
	},

	DOUBLE('d', Double.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			double value = Double.parseDouble(text);
			require(Double.isFinite(value));
			return value;
		}
	},

	FLOAT('f', Float.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			float value = Float.parseFloat(text);
			require(Float.isFinite(value));
			return value;
		}
	},

	BIG_DECIMAL('n', BigDecimal.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			require(text.length() <= MAX_NUMBER_LENGTH);
			BigDecimal value = new BigDecimal(text);
			require(Math.abs(value.scale()) <= MAX_NUMBER_LENGTH);
			return value;
		}
	},

	BIG_INTEGER('g', BigInteger.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			require(text.length() <= MAX_NUMBER_LENGTH);
			return new BigInteger(text);
		}
	},

	BOOLEAN('z', Boolean.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			return Boolean.parseBoolean(text);
		}
	},

	UUID('u', java.util.UUID.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			return java.util.UUID.fromString(text);
		}
	},

	LOCAL_DATE('D', LocalDate.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			LocalDate value = LocalDate.parse(text);
			requireYear(value.getYear());
			return value;
		}
	},

	LOCAL_TIME('t', LocalTime.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			return LocalTime.parse(text);
		}
	},

	LOCAL_DATE_TIME('T', LocalDateTime.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			LocalDateTime value = LocalDateTime.parse(text);
			requireYear(value.getYear());
			return value;
		}
	},

	INSTANT('I', Instant.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			Instant value = Instant.parse(text);
			requireYear(value.atOffset(ZoneOffset.UTC).getYear());
			return value;
		}
	},

	OFFSET_DATE_TIME('O', OffsetDateTime.class) {
		@Override
		Comparable<?> parse(String text, Class<?> type) {
			OffsetDateTime value = OffsetDateTime.parse(text);
			requireYear(value.getYear());
			return value;
		}
	},

	ENUM('e', Enum.class) {
		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Comparable<?> parse(String text, Class<?> type) {
			// The enum class is the attribute's, from the metamodel, never the cursor's.
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

	KeyType(char tag, Class<?> javaType) {
		this.tag = tag;
		this.javaType = javaType;
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
	abstract Comparable<?> parse(String text, Class<?> type);

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

	private static String requirePlainText(String text) {
		// NUL and lone surrogates: PostgreSQL refuses the first, every driver mangles the
		// second. codePoints() yields a lone surrogate as itself and a pair as one code point.
		require(text.codePoints()
			.noneMatch((codePoint) -> codePoint == 0
					|| (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)));
		return text;
	}

	private static void requireYear(int year) {
		require(year >= MIN_YEAR && year <= MAX_YEAR);
	}

	private static void require(boolean condition) {
		if (!condition) {
			throw new IllegalArgumentException("Not a cursor value");
		}
	}

}
