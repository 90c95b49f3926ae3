package nl.oppstudio.forms;

import nl.oppstudio.core.Severity;

/** What the navigation shows for a page. */
public enum PageState {
	/** Validation finds errors on the page. */
	ERRORS,
	/** Only warnings. */
	WARNINGS,
	/** Everything required is filled in, and nothing is wrong. */
	COMPLETE,
	/** Nothing on the page is required, and nothing is wrong. */
	NOT_REQUIRED,
	/** The page does not apply (its condition does not hold). */
	HIDDEN;

	/** The state of a page from its nodes. */
	public static PageState of(ContainerNode page) {
		if (!page.visible()) {
			return HIDDEN;
		}
		Severity worst = page.worst();
		if (worst == Severity.ERROR) {
			return ERRORS;
		}
		if (worst == Severity.WARNING) {
			return WARNINGS;
		}
		return anyRequired(page) ? COMPLETE : NOT_REQUIRED;
	}

	private static boolean anyRequired(FormNode node) {
		if (!node.visible()) {
			return false;
		}
		if (node instanceof ControlNode control && control.required()) {
			return true;
		}
		for (FormNode child : node.children()) {
			if (!(child instanceof ContainerNode container && container.isPage()) && anyRequired(child)) {
				return true;
			}
		}
		return false;
	}
}
