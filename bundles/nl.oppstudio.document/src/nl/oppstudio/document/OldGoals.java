package nl.oppstudio.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.internal.DocumentReadErrors;
import nl.oppstudio.document.internal.Messages;
import nl.oppstudio.format.model.GoalLevel;
import nl.oppstudio.format.model.GoalsBlock;

/**
 * Reads documents written before goals repeated. Then a {@code doelen} block held one text per level
 * ({@code <langeTermijn>text</langeTermijn>}, {@code <korteTermijn>…}) and a flat list of {@code acties}
 * beside them; now it holds goal rows of the first level, in each the rows of the next level, in a row
 * of the last level its actions. An old block becomes one chain: the first level's row with its text,
 * inside it the next level's row with its text, inside the last one the actions. Saving writes the new
 * shape. Documents in the new shape pass through untouched after a cheap look at their text.
 */
final class OldGoals {

	private OldGoals() {
	}

	/** The content with its old-shape goal blocks rewritten, or the same array when there are none. */
	static byte[] upgrade(byte[] content, DocumentSchema schema, java.nio.file.Path file) throws DocumentException {
		List<Branch> blocks = new ArrayList<>();
		collectBlocks(schema.outline(), blocks);
		if (blocks.isEmpty() || !looksOld(new String(content, StandardCharsets.UTF_8), blocks)) {
			return content;
		}
		Document xml;
		try {
			xml = parse(content);
		} catch (Exception e) {
			return content; // not well-formed or hostile: the loader reports where, as for any document
		}
		try {
			return rewrite(xml.getDocumentElement(), schema.outline()) ? write(xml) : content;
		} catch (Exception e) {
			// Never load an old block as if it were new: its texts would be lost on the next save.
			throw new DocumentException(nl.oppstudio.core.Diagnostic.error(file, DocumentReadErrors.UNREADABLE,
					org.eclipse.osgi.util.NLS.bind(Messages.oldGoalsFailed,
							e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName())), e);
		}
	}

	/** The {@code doelen} blocks with levels, wherever they are in the outline. */
	private static void collectBlocks(List<SchemaNode> nodes, List<Branch> blocks) {
		for (SchemaNode node : nodes) {
			if (node instanceof Branch branch) {
				if (isBlock(branch)) {
					blocks.add(branch);
				} else {
					collectBlocks(branch.children(), blocks);
				}
			}
		}
	}

	private static boolean isBlock(Branch branch) {
		return branch.element() instanceof GoalsBlock goals && !branch.repeating()
				&& branch.name().equals(goals.getName()) && !goals.getLevels().isEmpty();
	}

	/**
	 * A cheap look: a level element with text directly in it, or actions followed by a level element or
	 * the block's end (in the new shape actions are followed by the end of a goal row).
	 */
	private static boolean looksOld(String text, List<Branch> blocks) {
		for (Branch block : blocks) {
			GoalsBlock goals = (GoalsBlock) block.element();
			for (GoalLevel level : goals.getLevels()) {
				String name = Pattern.quote(Slots.goalRowName(level));
				if (Pattern.compile("<" + name + ">\\s*[^<\\s]").matcher(text).find()
						|| Pattern.compile("</" + Slots.ACTIONS + ">\\s*<" + name + "[\\s>/]").matcher(text).find()) {
					return true;
				}
			}
			if (Pattern.compile("</" + Slots.ACTIONS + ">\\s*</" + Pattern.quote(block.name()) + ">").matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

	private static Document parse(byte[] content) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		// As the loader: no DOCTYPE, hence no entity expansion and no external entities.
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		return builder.parse(new ByteArrayInputStream(content));
	}

	private static byte[] write(Document xml) throws Exception {
		TransformerFactory factory = TransformerFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		Transformer transformer = factory.newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		transformer.transform(new DOMSource(xml), new StreamResult(out));
		return out.toByteArray();
	}

	/** Walks the XML along the outline; rewrites each old-shape block; whether any was. */
	private static boolean rewrite(Element owner, List<SchemaNode> nodes) {
		boolean changed = false;
		for (Element child : children(owner)) {
			Branch branch = branchNamed(nodes, child.getLocalName());
			if (branch == null) {
				continue;
			}
			if (isBlock(branch)) {
				changed |= rewriteBlock(child, (GoalsBlock) branch.element());
			} else {
				changed |= rewrite(child, branch.children());
			}
		}
		return changed;
	}

	private static boolean rewriteBlock(Element block, GoalsBlock goals) {
		List<GoalLevel> levels = goals.getLevels();
		String[] texts = new String[levels.size()];
		List<Element> actions = new ArrayList<>();
		List<Element> old = new ArrayList<>();
		for (Element child : children(block)) {
			String name = child.getLocalName();
			if (Slots.ACTIONS.equals(name)) {
				actions.add(child);
				old.add(child);
				continue;
			}
			for (int i = 0; i < levels.size(); i++) {
				if (Slots.goalRowName(levels.get(i)).equals(name) && children(child).isEmpty()) {
					// a level written twice (a hand-edited file) keeps both texts
					String text = child.getTextContent();
					texts[i] = texts[i] == null || texts[i].isBlank() ? text : texts[i] + "\n\n" + text;
					old.add(child);
				}
			}
		}
		if (old.isEmpty()) {
			return false;
		}
		Element top = null;
		Element parent = null;
		for (int i = 0; i < levels.size(); i++) {
			Element row = block.getOwnerDocument().createElementNS(block.getNamespaceURI(),
					qualified(block, Slots.goalRowName(levels.get(i))));
			if (texts[i] != null && !texts[i].isBlank()) {
				Element text = block.getOwnerDocument().createElementNS(block.getNamespaceURI(),
						qualified(block, Slots.GOAL_TEXT));
				text.setTextContent(texts[i]);
				row.appendChild(text);
			}
			if (parent == null) {
				top = row;
			} else {
				parent.appendChild(row);
			}
			parent = row;
		}
		block.insertBefore(top, old.get(0));
		for (Element action : actions) {
			parent.appendChild(action); // moves it
		}
		for (Element element : old) {
			if (element.getParentNode() == block) {
				block.removeChild(element);
			}
		}
		return true;
	}

	private static String qualified(Element sibling, String name) {
		return sibling.getPrefix() == null ? name : sibling.getPrefix() + ":" + name;
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	private static Branch branchNamed(List<SchemaNode> nodes, String name) {
		for (SchemaNode node : nodes) {
			if (node instanceof Branch branch && branch.name().equals(name)) {
				return branch;
			}
		}
		return null;
	}
}
