package nl.oppstudio.format.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The head of a format file ({@code formaat "id" versie "1.0.0" … breidt uit "base" … {}), read by a
 * cheap scan of the text before the first brace, without parsing the format. It tells which file holds
 * which format, so that only the format asked for and its bases need a full read. The scan skips
 * comments and understands the strings of the language; a file that does not start like a format has
 * no header.
 *
 * @param id      the format's id
 * @param version its version, or {@code ""} when the head has none
 * @param baseId  the id after {@code breidt uit}, or {@code null} when it extends nothing
 */
public record FormatHeader(String id, String version, String baseId) {

	/** The file extension of formats, without the dot. */
	public static final String EXTENSION = "oppformat";

	/** More than enough for the longest comment and head of a real format. */
	private static final int MAX_HEAD = 64 * 1024;

	/** The header of a format file; empty when the file has none or cannot be read. */
	public static Optional<FormatHeader> read(Path file) {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(MAX_HEAD);
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		return parse(new String(head, StandardCharsets.UTF_8));
	}

	/** The header of format text; empty when it does not start with {@code formaat "id"}. */
	public static Optional<FormatHeader> parse(CharSequence text) {
		List<String> tokens = tokensBeforeBrace(text);
		if (tokens.size() < 2 || !"formaat".equals(tokens.get(0)) || !isString(tokens.get(1))) {
			return Optional.empty();
		}
		String version = "";
		String base = null;
		for (int i = 2; i + 1 < tokens.size(); i++) {
			if ("versie".equals(tokens.get(i)) && isString(tokens.get(i + 1))) {
				version = unquote(tokens.get(i + 1));
			} else if ("breidt".equals(tokens.get(i)) && "uit".equals(tokens.get(i + 1)) && i + 2 < tokens.size()
					&& isString(tokens.get(i + 2))) {
				base = unquote(tokens.get(i + 2));
			}
		}
		return Optional.of(new FormatHeader(unquote(tokens.get(1)), version, base));
	}

	/** Words and strings (with their quotes) up to the first {@code {} outside comments and strings. */
	private static List<String> tokensBeforeBrace(CharSequence text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (c == '{') {
				break;
			} else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
				while (i < n && text.charAt(i) != '\n') {
					i++;
				}
			} else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
				int end = indexOf(text, "*/", i + 2);
				i = end < 0 ? n : end + 2;
			} else if (c == '"' || c == '\'') {
				StringBuilder string = new StringBuilder().append(c);
				i++;
				while (i < n && text.charAt(i) != c) {
					if (text.charAt(i) == '\\' && i + 1 < n) {
						i++;
					}
					string.append(text.charAt(i++));
				}
				tokens.add(string.append(c).toString());
				i++;
			} else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
				int start = i;
				while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '_')) {
					i++;
				}
				tokens.add(text.subSequence(start, i).toString());
			} else {
				i++;
			}
		}
		return tokens;
	}

	private static int indexOf(CharSequence text, String what, int from) {
		return text.toString().indexOf(what, from);
	}

	private static boolean isString(String token) {
		return token.length() >= 2 && (token.charAt(0) == '"' || token.charAt(0) == '\'');
	}

	private static String unquote(String token) {
		return token.substring(1, token.length() - 1);
	}
}
