package nl.oppstudio.generator.tests;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads the generated archives back, independently of the generator's writers. */
final class ArchiveReader {

	/** One entry: its header facts and its content. */
	record Item(String path, int mode, int uid, int gid, String user, String group, long mtime, byte[] content) {
		String text() {
			return new String(content, StandardCharsets.UTF_8);
		}
	}

	private ArchiveReader() {
	}

	/** The entries of a tar.gz, in archive order. */
	static Map<String, Item> tarGz(Path file) throws IOException {
		Map<String, Item> items = new LinkedHashMap<>();
		try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
			byte[] header = new byte[512];
			String paxPath = null;
			while (true) {
				in.readFully(header);
				if (isZero(header)) {
					break;
				}
				String name = string(header, 0, 100);
				String prefix = string(header, 345, 155);
				String path = prefix.isEmpty() ? name : prefix + "/" + name;
				long size = octal(header, 124, 12);
				byte[] content = new byte[(int) size];
				in.readFully(content);
				int pad = (int) ((512 - size % 512) % 512);
				in.readFully(new byte[pad]);
				if (header[156] == 'x') { // pax: "LENGTH path=VALUE\n" for the next entry
					String record = new String(content, StandardCharsets.UTF_8);
					int equals = record.indexOf(" path=");
					paxPath = equals < 0 ? null : record.substring(equals + " path=".length(), record.length() - 1);
					continue;
				}
				if (paxPath != null) {
					path = paxPath;
					paxPath = null;
				}
				items.put(path, new Item(path, (int) octal(header, 100, 8), (int) octal(header, 108, 8), (int) octal(header, 116, 8),
						string(header, 265, 32), string(header, 297, 32), octal(header, 136, 12), content));
			}
		} catch (EOFException e) {
			throw new IOException("tar ends early: " + file, e);
		}
		return items;
	}

	/** The entries of a zip, in archive order (mode 0: zips here hold none). */
	static Map<String, Item> zip(Path file) throws IOException {
		return zip(Files.newInputStream(file));
	}

	static Map<String, Item> zip(InputStream stream) throws IOException {
		Map<String, Item> items = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(stream, StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				in.transferTo(content);
				items.put(entry.getName(), new Item(entry.getName(), 0, 0, 0, "", "", entry.getTimeLocal().toEpochSecond(java.time.ZoneOffset.UTC), content.toByteArray()));
			}
		}
		return items;
	}

	private static boolean isZero(byte[] block) {
		for (byte b : block) {
			if (b != 0) {
				return false;
			}
		}
		return true;
	}

	private static String string(byte[] header, int offset, int length) {
		int end = offset;
		while (end < offset + length && header[end] != 0) {
			end++;
		}
		return new String(header, offset, end - offset, StandardCharsets.UTF_8);
	}

	private static long octal(byte[] header, int offset, int length) {
		String text = string(header, offset, length).trim();
		return text.isEmpty() ? 0 : Long.parseLong(text, 8);
	}
}
