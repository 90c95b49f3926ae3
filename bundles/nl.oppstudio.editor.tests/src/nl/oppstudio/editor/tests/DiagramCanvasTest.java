package nl.oppstudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Edge;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.NodeState;
import nl.oppstudio.diagram.Point;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.Style;
import nl.oppstudio.diagram.ui.DiagramCanvas;
import nl.oppstudio.diagram.ui.DiagramEditing;
import nl.oppstudio.diagram.ui.DiagramHost;
import nl.oppstudio.diagram.ui.DiagramView;

/**
 * Issue 13, the diagram on screen on scenes made by hand (the scene model's contract, without a
 * document): it is drawn, a click selects and shows the field, the arrow keys move through the tree and
 * round the cycle, F2 edits in place (Enter keeps, Esc cancels), the hover says the whole text and the
 * state in words, zoom and fit, and the export writes an SVG file that parses.
 */
class DiagramCanvasTest {

	@TempDir
	Path folder;
	private Display display;
	private Shell shell;
	private DiagramCanvas canvas;
	private final List<String> revealed = new ArrayList<>();
	private final List<String> texts = new ArrayList<>();
	private final List<Command> executed = new ArrayList<>();
	private boolean readOnly;

	@BeforeEach
	void open() {
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(700, 500);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private void settle() {
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// run what is queued
			}
		}
	}

	private DiagramHost host() {
		return new DiagramHost() {
			@Override
			public void execute(Command command) {
				executed.add(command);
			}

			@Override
			public boolean readOnly() {
				return readOnly;
			}

			@Override
			public boolean confirm(String title, String question) {
				return true;
			}

			@Override
			public void reveal(Node node, boolean focus) {
				revealed.add(node.id() + (focus ? "!" : ""));
			}
		};
	}

	private DiagramEditing editing() {
		return new DiagramEditing() {
			@Override
			public Command setText(Node node, String text) {
				texts.add(node.id() + "=" + text);
				return IdentityCommand.INSTANCE;
			}

			@Override
			public boolean canEditText(Node node) {
				return node.role() != NodeRole.OUTFLOW;
			}

			@Override
			public List<Choice> additions(Node node) {
				return List.of();
			}

			@Override
			public List<Choice> moves(Node node) {
				return List.of();
			}

			@Override
			public Command remove(Node node) {
				return IdentityCommand.INSTANCE;
			}
		};
	}

	/** Uitstroom, two long-term goals, two actions under the first. */
	static Scene tree() {
		Scene scene = new Scene(DiagramKind.GOALS, "Doelen");
		Style open = new Style(0xFFFFFF, 0x607D8B, 0x212121, 1, true);
		Style achieved = new Style(0xC8E6C9, 0x2E7D32, 0x1B5E20, 1.5, false);
		Node root = node(scene, "root", NodeRole.OUTFLOW, null, 230, 10, 200, 40, "Uitstroomperspectief", "Vmbo-kader",
				NodeState.NONE, open);
		Node goal1 = node(scene, "g1", NodeRole.GOAL, root, 100, 90, 180, 60, "Langetermijndoel",
				"Sem leest een tekst van niveau E5 vloeiend en begrijpt de hoofdzaken", NodeState.ACHIEVED, achieved);
		node(scene, "a1", NodeRole.ACTION, goal1, 10, 190, 160, 50, "Leerling", "Dagelijks tien minuten lezen", NodeState.NONE, open);
		node(scene, "a2", NodeRole.ACTION, goal1, 190, 190, 160, 50, "Ouders", "Thuis samen voorlezen", NodeState.NONE, open);
		node(scene, "g2", NodeRole.GOAL, root, 380, 90, 180, 60, "Langetermijndoel", "Sem werkt twintig minuten zelfstandig",
				NodeState.NOT_EVALUATED, open);
		for (Node node : scene.nodes()) {
			if (node.parent() != null) {
				Edge edge = scene.add(new Edge(node.parent(), node, false));
				edge.points(List.of(new Point(node.parent().x() + node.parent().width() / 2, node.parent().y() + node.parent().height()),
						new Point(node.x() + node.width() / 2, node.y())));
			}
		}
		scene.size(570, 250);
		return scene;
	}

	private static Node node(Scene scene, String id, NodeRole role, Node parent, double x, double y, double w, double h,
			String caption, String text, NodeState state, Style style) {
		Node node = new Node(id, role, null, "doelen/" + id, parent).caption(caption).text(text).lines(List.of(text))
				.state(state).style(style);
		node.bounds(x, y, w, h);
		return scene.add(node);
	}

	private DiagramCanvas show(Scene scene) {
		canvas = new DiagramCanvas(shell, SWT.NONE);
		canvas.setEditing(host(), editing());
		canvas.setScene(scene);
		shell.open();
		shell.layout(true, true);
		settle();
		return canvas;
	}

	private void key(int code) {
		Event event = new Event();
		event.keyCode = code;
		canvas.notifyListeners(SWT.KeyDown, event);
		settle();
	}

	private void click(Node node, int button) {
		Rectangle box = canvas.bounds(node);
		Event event = new Event();
		event.x = box.x + box.width / 2;
		event.y = box.y + box.height / 2;
		event.button = button;
		canvas.notifyListeners(SWT.MouseDown, event);
		canvas.notifyListeners(SWT.MouseUp, event);
		settle();
	}

	@Test
	void theSceneIsDrawnInSeveralColours() {
		show(tree());
		Rectangle area = canvas.getClientArea();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(canvas);
		try {
			canvas.redraw();
			canvas.update();
			gc.copyArea(image, 0, 0);
			ImageData data = image.getImageData();
			Set<Integer> colours = new HashSet<>();
			for (int y = 0; y < data.height; y += 2) {
				for (int x = 0; x < data.width; x += 2) {
					colours.add(data.getPixel(x, y));
				}
			}
			// white ground, the green fill of an achieved goal, borders, text: not a blank canvas
			assertTrue(colours.size() >= 4, "colours: " + colours.size());
			Rectangle goal = canvas.bounds(canvas.scene().node("g1"));
			int inside = data.getPixel(goal.x + goal.width - 20, goal.y + goal.height - 6);
			org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(inside);
			assertTrue(rgb.green > rgb.red && rgb.green > rgb.blue, "the achieved goal is green: " + rgb);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Test
	void aClickSelectsANodeAndShowsItsField() {
		show(tree());
		click(canvas.scene().node("g2"), 1);
		assertEquals("g2", canvas.selection().id());
		assertEquals(List.of("g2"), revealed);
		// a click on empty space selects nothing new
		Event empty = new Event();
		empty.x = 2;
		empty.y = canvas.getClientArea().height - 2;
		empty.button = 1;
		canvas.notifyListeners(SWT.MouseDown, empty);
		canvas.notifyListeners(SWT.MouseUp, empty);
		assertEquals("g2", canvas.selection().id());
		assertNull(canvas.nodeAt(2, canvas.getClientArea().height - 2));
	}

	@Test
	void arrowKeysMoveThroughTheTreeAndEnterGoesToTheField() {
		show(tree());
		key(SWT.ARROW_DOWN); // nothing selected: the first node
		assertEquals("root", canvas.selection().id());
		key(SWT.ARROW_DOWN);
		assertEquals("g1", canvas.selection().id());
		key(SWT.ARROW_RIGHT);
		assertEquals("g2", canvas.selection().id());
		key(SWT.ARROW_RIGHT); // no sibling after the last
		assertEquals("g2", canvas.selection().id());
		key(SWT.ARROW_LEFT);
		key(SWT.ARROW_DOWN);
		assertEquals("a1", canvas.selection().id());
		key(SWT.ARROW_RIGHT);
		assertEquals("a2", canvas.selection().id());
		key(SWT.ARROW_UP);
		assertEquals("g1", canvas.selection().id());
		assertTrue(revealed.isEmpty(), "arrows only select: " + revealed);
		key(SWT.CR);
		assertEquals(List.of("g1!"), revealed);
	}

	@Test
	void leftAndRightGoRoundTheCycle() {
		Scene scene = new Scene(DiagramKind.CYCLE, "Cyclus");
		for (int i = 0; i < 4; i++) {
			Node phase = new Node("p" + i, NodeRole.PHASE, null, null, null).caption("Fase").text("Fase " + i)
					.lines(List.of("Fase " + i)).style(new Style(0xFFFFFF, 0x000000, 0x000000, 1, false));
			phase.bounds(20 + 160 * i, 20, 150, 50);
			scene.add(phase);
		}
		scene.size(660, 90);
		show(scene);
		key(SWT.ARROW_RIGHT);
		assertEquals("p0", canvas.selection().id());
		key(SWT.ARROW_LEFT);
		assertEquals("p3", canvas.selection().id());
		key(SWT.ARROW_RIGHT);
		assertEquals("p0", canvas.selection().id());
		key(SWT.ARROW_RIGHT);
		assertEquals("p1", canvas.selection().id());
	}

	@Test
	void f2EditsInPlaceEnterKeepsEscCancels() {
		show(tree());
		canvas.select(canvas.scene().node("g2"));
		key(SWT.F2);
		assertNotNull(canvas.editor());
		assertEquals("Sem werkt twintig minuten zelfstandig", canvas.editor().getText());
		canvas.editor().setText("Sem werkt dertig minuten zelfstandig");
		Event enter = new Event();
		enter.detail = SWT.TRAVERSE_RETURN;
		canvas.editor().notifyListeners(SWT.Traverse, enter);
		settle();
		assertNull(canvas.editor());
		assertEquals(List.of("g2=Sem werkt dertig minuten zelfstandig"), texts);
		assertEquals(1, executed.size());

		canvas.edit(canvas.scene().node("g1"));
		canvas.editor().setText("weg");
		Event escape = new Event();
		escape.detail = SWT.TRAVERSE_ESCAPE;
		canvas.editor().notifyListeners(SWT.Traverse, escape);
		settle();
		assertNull(canvas.editor());
		assertEquals(1, texts.size(), "Esc changes nothing");

		canvas.edit(canvas.scene().node("root"));
		assertNull(canvas.editor(), "the uitstroomperspectief is edited in the form");
		readOnly = true;
		key(SWT.F2);
		assertNull(canvas.editor(), "read-only: no editing");
		key(SWT.DEL);
		assertEquals(1, executed.size(), "read-only: nothing removed");
	}

	@Test
	void theHoverSaysTheWholeTextAndTheStateInWords() {
		Scene scene = tree();
		String tip = DiagramCanvas.tooltip(scene.node("g1"));
		assertTrue(tip.contains("Sem leest een tekst van niveau E5 vloeiend en begrijpt de hoofdzaken"), tip);
		assertTrue(tip.contains("Stand: behaald"), tip);
		assertTrue(DiagramCanvas.tooltip(scene.node("g2")).contains("nog niet geëvalueerd"));
		show(scene);
		assertTrue(canvas.altText().contains("Sem werkt twintig minuten zelfstandig"), canvas.altText());
	}

	@Test
	void zoomAndFit() {
		show(tree());
		double before = canvas.zoom();
		Event ctrlPlus = new Event();
		ctrlPlus.stateMask = SWT.MOD1;
		ctrlPlus.character = '=';
		ctrlPlus.keyCode = '=';
		canvas.notifyListeners(SWT.KeyDown, ctrlPlus);
		assertTrue(canvas.zoom() > before);
		Event wheel = new Event();
		wheel.stateMask = SWT.MOD1;
		wheel.count = -3;
		double zoomed = canvas.zoom();
		canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertTrue(canvas.zoom() < zoomed);
		shell.setSize(350, 250);
		settle();
		canvas.fit();
		Rectangle area = canvas.getClientArea();
		Rectangle last = canvas.bounds(canvas.scene().node("g2"));
		assertTrue(canvas.zoom() < 1, "fitted smaller: " + canvas.zoom());
		assertTrue(last.x + last.width <= area.width && last.y + last.height <= area.height, last + " in " + area);
	}

	@Test
	void exportWritesAnSvgFileThatParses() throws Exception {
		Scene scene = tree();
		DiagramView view = new DiagramView(shell, new DiagramView.Source() {
			@Override
			public Scene scene(DiagramKind kind) {
				return kind == DiagramKind.GOALS ? scene : null;
			}

			@Override
			public String svg(Scene shown) {
				StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\">");
				shown.nodes().forEach(node -> svg.append("<text>").append(node.text()).append("</text>"));
				return svg.append("</svg>").toString();
			}

			@Override
			public byte[] png(Scene shown, double scale) {
				return new byte[] { (byte) 0x89, 'P', 'N', 'G' };
			}
		});
		view.show(DiagramKind.CYCLE); // the document has none: the goals are shown
		assertEquals(DiagramKind.GOALS, view.kind());
		Path svg = folder.resolve("doelen.svg");
		assertNull(view.export(svg));
		org.w3c.dom.Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertEquals(5, parsed.getElementsByTagName("text").getLength());
		assertNull(view.export(folder.resolve("doelen.png")));
		assertEquals(4, Files.size(folder.resolve("doelen.png")));
		// a folder that cannot be made: a file of that name is in the way
		Files.writeString(folder.resolve("bestand"), "");
		String problem = view.export(folder.resolve("bestand").resolve("x.svg"));
		assertNotNull(problem);
		assertTrue(problem.startsWith("Het diagram kon niet worden geschreven"), problem);
	}

	/** The screen draws with the PDF's own font files, not with whatever the machine has installed. */
	@Test
	void theScreenLoadsThePdfsFont() {
		new DiagramCanvas(shell, SWT.NONE);
		assertTrue(nl.oppstudio.diagram.ui.internal.Painter.loadFont(display), "the DejaVu Sans files are loaded");
		assertTrue(display.getFontList(nl.oppstudio.diagram.ui.internal.Painter.FAMILY, true).length > 0);
	}
}
