package nl.oppstudio.core;

/** How bad a diagnostic is; the label is what users read (Dutch). */
public enum Severity {
	ERROR("fout"), WARNING("waarschuwing"), INFO("info");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	/** The Dutch word printed in diagnostics, e.g. {@code fout}. */
	public String label() {
		return label;
	}
}
