package nl.oppstudio.generator.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reproducible zip, jar and tar.gz writers: entries sorted (a jar's manifest first), every entry with the
 * same timestamp, tar headers with uid/gid 0 and no user or group names, parent folders added.
 */
public final class Archives {

	private static final int BLOCK = 512;

	private Archives() {
	}

	/**
	 * The entries sorted, with an entry for every parent folder; a jar's {@code META-INF/MANIFEST.MF} (and
	 * its folder) first, as {@code JarInputStream} wants it.
	 */
	public static List<Entry> sorted(Collection<Entry> entries) {
		TreeMap<String, Entry> byPath = new TreeMap<>();
		for (Entry entry : entries) {
			if (byPath.put(entry.path(), entry) != null) {
				throw new IllegalArgumentException("twice: " + entry.path());
			}
		}
		for (Entry entry : List.copyOf(byPath.values())) {
			String path = entry.path();
			for (int slash = path.indexOf('/'); slash >= 0 && slash < path.length() - 1; slash = path.indexOf('/', slash + 1)) {
				byPath.putIfAbsent(path.substring(0, slash + 1), Entry.folder(path.substring(0, slash + 1)));
			}
		}
		List<Entry> result = new ArrayList<>();
		for (String first : List.of("META-INF/", "META-INF/MANIFEST.MF")) {
			if (byPath.containsKey("META-INF/MANIFEST.MF") && byPath.containsKey(first)) {
				result.add(byPath.remove(first));
			}
		}
		result.addAll(byPath.values());
		return result;
	}

	/** Writes a zip (or jar) of the entries, every entry at {@code time}. */
	public static void zip(Collection<Entry> entries, Instant time, OutputStream out) throws IOException {
		LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
		ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
		for (Entry entry : sorted(entries)) {
			ZipEntry zipEntry = new ZipEntry(entry.path());
			zipEntry.setTimeLocal(local);
			zip.putNextEntry(zipEntry);
			entry.writeTo(zip);
			zip.closeEntry();
		}
		zip.finish();
		zip.flush();
	}

	/** Writes a gzip-compressed tar (ustar) of the entries, every entry at {@code time}. */
	public static void tarGz(Collection<Entry> entries, Instant time, OutputStream out) throws IOException {
		// GZIPOutputStream writes a fixed header (no name, modification time 0)
		GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16), 1 << 16);
		for (Entry entry : sorted(entries)) {
			long size = entry.size();
			gzip.write(header(entry, size, time.getEpochSecond()));
			entry.writeTo(gzip);
			int rest = (int) (size % BLOCK);
			if (rest != 0) {
				gzip.write(new byte[BLOCK - rest]);
			}
		}
		gzip.write(new byte[2 * BLOCK]);
		gzip.finish();
		gzip.flush();
	}

	/** A ustar header; a long path is split into prefix and name at a slash. */
	static byte[] header(Entry entry, long size, long mtime) throws IOException {
		byte[] header = new byte[BLOCK];
		byte[] path = entry.path().getBytes(StandardCharsets.UTF_8);
		byte[] name = path;
		byte[] prefix = new byte[0];
		if (path.length > 100) {
			int split = -1;
			// the name part may end with the folder's slash; split at the last slash that fits both parts
			for (int i = Math.min(path.length - 2, 155); i >= 0; i--) {
				if (path[i] == '/' && path.length - i - 1 <= 100) {
					split = i;
					break;
				}
			}
			if (split <= 0) {
				throw new IOException("Pad te lang voor een tar-archief: " + entry.path());
			}
			prefix = java.util.Arrays.copyOfRange(path, 0, split);
			name = java.util.Arrays.copyOfRange(path, split + 1, path.length);
		}
		System.arraycopy(name, 0, header, 0, name.length);
		octal(header, 100, 8, entry.mode());
		octal(header, 108, 8, 0);
		octal(header, 116, 8, 0);
		octal(header, 124, 12, entry.isFolder() ? 0 : size);
		octal(header, 136, 12, mtime);
		header[156] = (byte) (entry.isFolder() ? '5' : '0');
		byte[] magic = "ustar\u000000".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(magic, 0, header, 257, magic.length);
		System.arraycopy(prefix, 0, header, 345, prefix.length);
		for (int i = 148; i < 156; i++) {
			header[i] = ' ';
		}
		long sum = 0;
		for (byte b : header) {
			sum += b & 0xff;
		}
		octal(header, 148, 7, sum);
		header[155] = ' ';
		return header;
	}

	private static void octal(byte[] header, int offset, int length, long value) throws IOException {
		String text = Long.toOctalString(value);
		if (text.length() > length - 1) {
			throw new IOException("Waarde te groot voor een tar-kop: " + value);
		}
		text = "0".repeat(length - 1 - text.length()) + text;
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(bytes, 0, header, offset, bytes.length);
		header[offset + length - 1] = 0;
	}
}
