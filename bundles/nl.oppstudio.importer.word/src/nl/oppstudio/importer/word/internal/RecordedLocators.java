package nl.oppstudio.importer.word.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Format;

/**
 * The Word places a draft format records for its members, as comments on the lines before each member
 * (docs/word-import.md, Locators): {@code // word: LOCATOR} for the member, {@code // word PART: LOCATOR} for a
 * part of a block ({@code PART} the leaf path below the member, as the document schema names it). Read from the
 * format's Xtext node model; a format without such comments (or without a node model) has none.
 */
public final class RecordedLocators {

	private static final Pattern COMMENT = Pattern.compile("\\s*//\\s*word(?:\\s+([A-Za-z0-9_/]+))?\\s*:\\s*(\\S.*?)\\s*");

	private RecordedLocators() {
	}

	/** Per member: part ({@code ""} for the member itself) → locator text. */
	public static Map<Element, Map<String, String>> of(Format format) {
		Map<Element, Map<String, String>> recorded = new HashMap<>();
		ICompositeNode formatNode = NodeModelUtils.getNode(format);
		if (formatNode == null) {
			return recorded;
		}
		String[] lines = formatNode.getRootNode().getText().split("\r\n|\r|\n", -1);
		for (var contents = format.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			ICompositeNode node = object instanceof Element ? NodeModelUtils.getNode(object) : null;
			if (node == null) {
				continue;
			}
			Map<String, String> parts = new LinkedHashMap<>();
			for (int line = node.getStartLine() - 2; line >= 0; line--) {
				Matcher comment = COMMENT.matcher(lines[line]);
				if (comment.matches()) {
					parts.putIfAbsent(comment.group(1) == null ? "" : comment.group(1), comment.group(2));
				} else if (!lines[line].strip().startsWith("//")) {
					break; // other comments (// herkend uit "…") may stand between
				}
			}
			if (!parts.isEmpty()) {
				recorded.put((Element) object, parts);
			}
		}
		return recorded;
	}
}
