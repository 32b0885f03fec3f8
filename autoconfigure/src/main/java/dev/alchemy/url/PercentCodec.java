package dev.alchemy.url;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * RFC 3986 percent-encoding. Unlike form encoding, {@code +} means itself.
 */
final class PercentCodec {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private PercentCodec() {
	}

	/**
	 * Decode {@code %XX} escapes as UTF-8. A {@code %} that starts no escape is kept, so
	 * that a hand-written password such as {@code 50%off} still works.
	 * @return the decoded text, or {@code null} when the escaped bytes are not UTF-8
	 */
	static @Nullable String decode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		StringBuilder decoded = new StringBuilder(text.length());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int i = 0;
		while (i < text.length()) {
			if (!isEscape(text, i)) {
				decoded.append(text.charAt(i));
				i++;
				continue;
			}
			// Consecutive escapes are decoded together: a multi-byte character spans them.
			bytes.reset();
			while (isEscape(text, i)) {
				bytes.write((hex(text.charAt(i + 1)) << 4) | hex(text.charAt(i + 2)));
				i += 3;
			}
			String run = utf8(bytes.toByteArray());
			if (run == null) {
				return null;
			}
			decoded.append(run);
		}
		return decoded.toString();
	}

	/**
	 * Encode every character but the unreserved ones and those in {@code safe}.
	 */
	static String encode(String text, String safe) {
		StringBuilder encoded = new StringBuilder(text.length());
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if (isUnreserved(c) || (c < 0x80 && safe.indexOf(c) >= 0)) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
			}
		}
		return encoded.toString();
	}

	private static boolean isUnreserved(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

	private static boolean isEscape(String text, int index) {
		return index + 2 < text.length() && text.charAt(index) == '%' && hex(text.charAt(index + 1)) >= 0
				&& hex(text.charAt(index + 2)) >= 0;
	}

	private static int hex(char c) {
		// Character.digit would also accept non-ASCII digits.
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		if (c >= 'A' && c <= 'F') {
			return c - 'A' + 10;
		}
		return -1;
	}

	private static @Nullable String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
