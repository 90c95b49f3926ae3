package nl.oppstudio.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns bytes into field texts that reach every kind of character: a printable ASCII byte is itself,
 * {@code 0x00} ends a value, a few bytes introduce a character of a chosen kind (a code point of any
 * plane, a lone surrogate, a control or bidi character, text that looks like XML or FO markup, a long
 * run), and every other byte is the Latin-1 character of that value (so controls 0x07–0x1F too).
 */
public final class FieldText {

	/**
	 * Most characters in one value (a long run stops there): the target is about kinds of characters, not
	 * size (the size limits of nl.oppstudio.core.Limits are tested with the hostile input).
	 */
	public static final int MAX_VALUE = 2_000;

	private static final int[] BIDI = { 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
			0x2068, 0x2069, 0x061C, 0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD, 0x2028, 0x2029, 0x0085 };
	private static final String[] SPECIAL = { "<", "&", "]]>", "<fo:block>", "</fo:flow>", "&amp;", "&#0;", "\"", "'",
			"\r\n", "\t", "\uFFFE", "\uFFFF", "\uD834\uDD1E", "\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301\u0301\u0301",
			"\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\u4F60\u597D", "\u0E2A\u0E27\u0E31\u0E2A",
			"\uDBFF\uDFFF", "\u00A0", "-", "\u2011", "http://voorbeeld.nl/" + "a".repeat(80),
			"<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
			"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>" };

	private FieldText() {
	}

	/** The values the bytes spell, in order; at least one (possibly empty). */
	public static List<String> decode(byte[] data) {
		List<String> values = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		int i = 0;
		while (i < data.length) {
			int b = data[i++] & 0xFF;
			switch (b) {
			case 0x00 -> {
				values.add(value.toString());
				value.setLength(0);
			}
			case 0x01 -> { // a C0 or C1 control character, or DEL
				int n = i < data.length ? data[i++] & 0xFF : 0;
				n %= 0x41;
				append(value, n < 0x20 ? n : 0x7F + (n - 0x20));
			}
			case 0x02 -> { // a code point of any plane (surrogate code points included)
				int n = 0;
				for (int k = 0; k < 3; k++) {
					n = (n << 8) | (i < data.length ? data[i++] & 0xFF : 0);
				}
				append(value, n % 0x110000);
			}
			case 0x03 -> append(value, BIDI[(i < data.length ? data[i++] & 0xFF : 0) % BIDI.length]);
			case 0x04 -> { // a lone surrogate
				int n = ((i < data.length ? data[i++] & 0xFF : 0) << 8) | (i < data.length ? data[i++] & 0xFF : 0);
				append(value, 0xD800 + n % 0x800);
			}
			case 0x05 -> { // a run of the last character
				int n = ((i < data.length ? data[i++] & 0xFF : 0) << 8) | (i < data.length ? data[i++] & 0xFF : 0);
				char last = value.isEmpty() ? 'x' : value.charAt(value.length() - 1);
				for (int k = 0; k < n && value.length() < MAX_VALUE; k++) {
					value.append(last);
				}
			}
			case 0x06 -> {
				String special = SPECIAL[(i < data.length ? data[i++] & 0xFF : 0) % SPECIAL.length];
				if (value.length() + special.length() <= MAX_VALUE) {
					value.append(special);
				}
			}
			default -> append(value, b);
			}
		}
		values.add(value.toString());
		return values;
	}

	private static void append(StringBuilder value, int codePoint) {
		if (value.length() < MAX_VALUE - 1) {
			value.appendCodePoint(codePoint);
		}
	}

	/** The bytes that {@link #decode} reads back as these values (for seeds): each code point as 0x02 + 3 bytes unless printable ASCII. */
	public static byte[] encode(List<String> values) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (int v = 0; v < values.size(); v++) {
			if (v > 0) {
				out.write(0);
			}
			values.get(v).codePoints().forEach(c -> {
				if (c >= 0x20 && c < 0x7F) {
					out.write(c);
				} else {
					out.write(0x02);
					out.write(c >> 16);
					out.write(c >> 8);
					out.write(c);
				}
			});
		}
		return out.toByteArray();
	}
}
