package nl.oppstudio.editor.tests;

import nl.oppstudio.editor.internal.document.DocumentTab;
import nl.oppstudio.forms.FormNode;

/** Finding a form node by its path. */
final class DiagramFormNodes {

	private DiagramFormNodes() {
	}

	static FormNode find(DocumentTab tab, String path) {
		FormNode found = find(tab.pane().form().root(), path);
		if (found == null) {
			throw new AssertionError("geen veld " + path);
		}
		return found;
	}

	private static FormNode find(FormNode node, String path) {
		if (path.equals(node.path())) {
			return node;
		}
		for (FormNode child : node.children()) {
			FormNode found = find(child, path);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
