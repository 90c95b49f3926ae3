package nl.oppstudio.versions.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A version number major.minor.patch, as formats and their tags use it. */
public record Semver(int major, int minor, int patch) implements Comparable<Semver> {

	private static final Pattern PATTERN = Pattern.compile("(\\d{1,6})\\.(\\d{1,6})\\.(\\d{1,6})");

	/** The version in {@code text} (exactly X.Y.Z), or empty. */
	public static Optional<Semver> parse(String text) {
		Matcher m = PATTERN.matcher(text == null ? "" : text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Semver(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
	}

	public Semver nextMajor() {
		return new Semver(major + 1, 0, 0);
	}

	public Semver nextMinor() {
		return new Semver(major, minor + 1, 0);
	}

	public Semver nextPatch() {
		return new Semver(major, minor, patch + 1);
	}

	@Override
	public int compareTo(Semver other) {
		int c = Integer.compare(major, other.major);
		if (c == 0) {
			c = Integer.compare(minor, other.minor);
		}
		return c != 0 ? c : Integer.compare(patch, other.patch);
	}

	@Override
	public String toString() {
		return major + "." + minor + "." + patch;
	}
}
