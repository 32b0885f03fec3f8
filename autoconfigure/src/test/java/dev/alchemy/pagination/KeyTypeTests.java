package dev.alchemy.pagination;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link KeyType}.
 */
class KeyTypeTests {

	@Test
	void everyTypeReadsBackWhatItWrites() {
		assertRoundTrip(String.class, "ünïcode 😀 text");
		assertRoundTrip(Character.class, 'x');
		assertRoundTrip(long.class, Long.MIN_VALUE);
		assertRoundTrip(Integer.class, -42);
		assertRoundTrip(short.class, (short) 7);
		assertRoundTrip(byte.class, (byte) -1);
		assertRoundTrip(double.class, 0.1);
		assertRoundTrip(Float.class, 1.5e10f);
		assertRoundTrip(BigDecimal.class, new BigDecimal("12345.6700"));
		assertRoundTrip(BigInteger.class, new BigInteger("-123456789012345678901234567890"));
		assertRoundTrip(boolean.class, true);
		assertRoundTrip(UUID.class, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
		assertRoundTrip(LocalDate.class, LocalDate.of(2026, 11, 21));
		assertRoundTrip(LocalTime.class, LocalTime.of(23, 59, 0, 123_000_000));
		assertRoundTrip(LocalDateTime.class, LocalDateTime.of(2026, 1, 1, 10, 0));
		assertRoundTrip(Instant.class, Instant.parse("2026-11-21T14:15:16.123456Z"));
		assertRoundTrip(OffsetDateTime.class, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)));
		assertRoundTrip(TimeUnit.class, TimeUnit.SECONDS);
	}

	@Test
	void onlyTheCanonicalSpellingOfAValueIsRead() {
		assertNotRead(Long.class, "+1", "01", "1.0", "١", "", " 1", "9223372036854775808");
		assertNotRead(Integer.class, "2147483648", "0x10");
		assertNotRead(Boolean.class, "TRUE", "1", "yes");
		assertNotRead(UUID.class, "123E4567-E89B-12D3-A456-426614174000", "1-2-3-4-5");
		assertNotRead(LocalDate.class, "2026-1-1", "20260101", "2026-02-30");
		assertNotRead(BigDecimal.class, "1e3", "+1");
		assertNotRead(Character.class, "ab", "");
	}

	@Test
	void valuesThatADatabaseWouldRefuseAreNotRead() {
		assertNotRead(String.class, "a\u0000b", "lone \uD800 surrogate", "\uDC00");
		assertNotRead(Double.class, "NaN", "Infinity", "-Infinity");
		assertNotRead(Float.class, "NaN");
		assertNotRead(BigDecimal.class, "1E+1000000", "1".repeat(1001));
		assertNotRead(BigInteger.class, "1".repeat(1001));
		assertNotRead(LocalDate.class, "+10000-01-01", "0000-01-01", "-0001-01-01");
		assertNotRead(LocalDateTime.class, "+10000-01-01T00:00");
		assertNotRead(Instant.class, "+10000-01-01T00:00:00Z");
		assertNotRead(OffsetDateTime.class, "+10000-01-01T00:00Z");
	}

	@Test
	void anEnumIsReadAsAConstantOfTheAttributesType() {
		assertThat(KeyType.of(TimeUnit.class, "Job.unit").read("DAYS", TimeUnit.class)).isEqualTo(TimeUnit.DAYS);
		assertThat(KeyType.ENUM.read("java.lang.Runtime", TimeUnit.class)).isNull();
		assertThat(KeyType.ENUM.read("days", TimeUnit.class)).isNull();
	}

	@Test
	void typesACursorCannotHoldAreRefusedNamingTheAttribute() {
		assertThatIllegalArgumentException().isThrownBy(() -> KeyType.of(Date.class, "Post.created"))
			.withMessageContaining("Post.created")
			.withMessageContaining("java.util.Date");
		assertThatIllegalArgumentException().isThrownBy(() -> KeyType.of(Object.class, "Post.author"));
	}

	private static void assertRoundTrip(Class<?> type, Object value) {
		KeyType keyType = KeyType.of(type, "Entity.attribute");
		assertThat(keyType.read(keyType.format(value), type)).isEqualTo(value);
	}

	private static void assertNotRead(Class<?> type, String... texts) {
		KeyType keyType = KeyType.of(type, "Entity.attribute");
		for (String text : texts) {
			assertThat(keyType.read(text, type)).as("%s as %s", text, type.getSimpleName()).isNull();
		}
	}

}
