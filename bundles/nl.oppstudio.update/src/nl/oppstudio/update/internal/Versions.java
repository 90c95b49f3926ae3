package nl.oppstudio.update.internal;

/** The order of format versions: numbers per part, so 1.10.0 comes after 1.9.0; a qualifier is ignored. */
public final class Versions {

	private Versions() {
	}

	public static int compare(String a, String b) {
		String[] left = a == null ? new String[0] : a.split("\\.");
		String[] right = b == null ? new String[0] : b.split("\\.");
		for (int i = 0; i < Math.min(3, Math.max(left.length, right.length)); i++) {
			int l = i < left.length ? number(left[i]) : 0;
			int r = i < right.length ? number(right[i]) : 0;
			if (l != r) {
				return Integer.compare(l, r);
			}
		}
		return 0;
	}

	/** The version without an OSGi qualifier: {@code 1.2.0.v2026} gives {@code 1.2.0}. */
	public static String plain(String version) {
		String[] parts = version.split("\\.");
		return parts.length > 3 ? parts[0] + "." + parts[1] + "." + parts[2] : version;
	}

	private static int number(String part) {
		try {
			return Integer.parseInt(part.replaceAll("\\D.*", ""));
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
