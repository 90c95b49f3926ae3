package nl.oppstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 13: the SVG is standalone, well-formed SVG 1.1 with every node's lines once; the PNG has the scene's size. */
class SvgPngTest {

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static Scene goals() {
		GoalTree.Block tree = Trees.tree(Trees.block(), 3, 2, 2);
		// text that must be escaped, and a character XML does not allow
		GoalTree.Goal first = tree.goals().get(0);
		GoalTree.Goal odd = new GoalTree.Goal(first.level(), "Rekenen <tot> 100 & \"meer\" \u0001", null, null,
				GoalTree.Evaluation.OPEN, null, "handelingsdeel/doelen/langeTermijn[9]", List.of(), List.of());
		List<GoalTree.Goal> goals = new ArrayList<>(tree.goals());
		goals.add(odd);
		return Diagrams.goals(new GoalTree.Block(tree.element(), null, tree.path(), goals, List.of()), "vmbo & havo", "Sem");
	}

	@Test
	void svgIsStandaloneAndHoldsEveryLineOnceAndTheAltText() throws Exception {
		Scene scene = goals();
		String svg = Diagrams.svg(scene);
		Document xml = parse(svg);
		Element root = xml.getDocumentElement();
		assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
		assertEquals("svg", root.getLocalName());
		assertEquals("1.1", root.getAttribute("version"));
		assertTrue(root.getAttribute("width").endsWith("pt") && root.getAttribute("height").endsWith("pt"));
		assertEquals("0 0 " + (int) scene.width() + " " + (int) scene.height(), root.getAttribute("viewBox"));
		assertEquals(scene.title(), xml.getElementsByTagNameNS("*", "title").item(0).getTextContent());
		assertEquals(Diagrams.altText(scene).replace("\u0001", ""),
				xml.getElementsByTagNameNS("*", "desc").item(0).getTextContent());
		assertFalse(svg.contains("<script") || svg.contains("xlink:href") || svg.contains("href=") || svg.contains("http://www.w3.org/1999/xlink"),
				"geen scripts of verwijzingen naar buiten");
		assertTrue(svg.contains("font-family=\"DejaVu Sans\""));
		List<String> texts = new ArrayList<>();
		NodeList elements = xml.getElementsByTagNameNS("*", "text");
		for (int i = 0; i < elements.getLength(); i++) {
			texts.add(elements.item(i).getTextContent().strip());
		}
		List<String> expected = new ArrayList<>();
		for (Node node : scene.nodes()) {
			expected.addAll(node.lines());
			expected.addAll(node.details());
			if (node.domain() != null) {
				expected.add(node.domain());
			}
		}
		expected.replaceAll(line -> line.replace("\u0001", "").strip());
		for (String line : expected) {
			long times = texts.stream().filter(line::equals).count();
			long wanted = expected.stream().filter(line::equals).count();
			assertEquals(wanted, times, "regel '" + line + "'");
		}
		assertTrue(texts.contains("Rekenen <tot> 100 & \"meer\""), texts.toString());
		assertEquals(scene.edges().size(), xml.getElementsByTagNameNS("*", "path").getLength()
				- countIcons(svg) - 1, "een pad per lijn (en de pijlpunt)");
	}

	/** Icon paths: every path that is not an edge and not the marker. */
	private static int countIcons(String svg) {
		int count = 0;
		for (String line : svg.split("\n")) {
			if (line.startsWith("<path") && line.contains("stroke-linecap")) {
				count++;
			}
		}
		return count;
	}

	@Test
	void sameSceneSameBytes() {
		assertEquals(Diagrams.svg(goals()), Diagrams.svg(goals()));
		Format format = TestFormats.load(Examples.file(Examples.FORMAT));
		assertEquals(Diagrams.svg(Diagrams.cycle(format).get(0)), Diagrams.svg(Diagrams.cycle(format).get(0)));
		assertArrayEquals(Diagrams.png(goals(), 1), Diagrams.png(goals(), 1));
	}

	@Test
	void pngDecodesWithTheScenesSize() throws Exception {
		Scene scene = goals();
		for (double scale : new double[] { 1, 2 }) {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(Diagrams.png(scene, scale)));
			assertEquals((int) Math.ceil(scene.width() * scale), image.getWidth());
			assertEquals((int) Math.ceil(scene.height() * scale), image.getHeight());
			// the same drawing: a node's fill shows where the SVG puts it
			Node node = scene.nodes().get(0);
			int rgb = image.getRGB((int) ((node.x() + node.width() / 2) * scale), (int) ((node.y() + 2) * scale)) & 0xffffff;
			assertEquals(node.style().fill(), rgb, "vulling van " + node);
		}
	}

	/**
	 * Issue 16, fuzzing finding 5: a character DejaVu Sans lacks went to FOP's unembedded Times-Roman and
	 * the PDF/A check refused the PDF. In the SVG it is set in the bundled fallback that has it, and a
	 * character no bundled font has is U+FFFD.
	 */
	@Test
	void charactersDejaVuLacksAreSetInABundledFallbackFont() {
		String text = nl.oppstudio.diagram.internal.SvgWriter.covered("ab \u597D cd \uD900\uDC00 <x>", false);
		assertTrue(text.startsWith("ab <tspan font-family=\"MPlus1p\">\u597D </tspan>cd "), text);
		assertTrue(text.contains("\uFFFD") && !text.contains("\uD900"), text);
		assertTrue(text.endsWith("&lt;x&gt;"), text);
	}
}
