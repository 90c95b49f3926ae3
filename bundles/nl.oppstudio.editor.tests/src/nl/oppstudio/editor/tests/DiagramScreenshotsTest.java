package nl.oppstudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.ui.DiagramView;
import nl.oppstudio.editor.EditorWindow;
import nl.oppstudio.editor.internal.document.DocumentTab;

/**
 * The pictures of the diagram for the user guide (docs/nl/handleiding-editor.md, "Het diagram"): the
 * editor with the form and, beside it, the goals and then the cycle of an example OPP with several goals
 * and evaluations. Written as diagram-doelen.png and diagram-cyclus.png to the folder of the system
 * property {@code opp.screenshots} (releng/screenshots/diagram.sh), else to {@code target/screenshots/}.
 */
class DiagramScreenshotsTest {

	/** An OPP with goals at two levels, actions, and evaluations (behaald, deels, nog niet). */
	static final String DOCUMENT = System.getProperty("opp.screenshots.document", "revius-wijk-opp-light-eva.opp");
	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	@TempDir
	Path folder;
	private Display display;
	private EditorWindow window;

	@AfterEach
	void close() {
		if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
			window.getShell().dispose();
		}
		DocumentTab.useClock(Clock.systemDefaultZone());
	}

	@Test
	void theDiagramBesideTheFormIsPhotographed() throws Exception {
		String property = System.getProperty("opp.screenshots");
		Path out = property == null || property.isBlank() ? Path.of("target", "screenshots") : Path.of(property);
		Files.createDirectories(out);
		try (Stream<Path> files = Files.list(nl.oppstudio.testing.Examples.directory())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		// after the tussenevaluatie: goals evaluated, moments of the cycle done
		DocumentTab.useClock(Clock.fixed(LocalDateTime.parse("2027-03-01T10:00:00").atZone(ZONE).toInstant(), ZONE));
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		window = new EditorWindow();
		window.open(folder);
		// large enough that the boxes' text is readable beside the form and its navigation
		window.getShell().setSize(1600, 1000);
		settle();
		CTabItem item = window.openDocument(folder.resolve(DOCUMENT));
		settle();
		DocumentTab tab = DocumentTab.of(item.getControl()).orElseThrow();
		DiagramView view = tab.diagram();
		Ui.until(display, () -> view.canvas().scene() != null && view.canvas().getClientArea().width > 0, 30, "het diagram");
		// the diagram as wide as the form (the user can drag the divider so too), its boxes' text readable
		org.eclipse.swt.custom.SashForm sash = (org.eclipse.swt.custom.SashForm) view.control().getParent();
		int rest = sash.getClientArea().width - tab.pane().navigationWidth();
		sash.setWeights(sash.getClientArea().width - rest / 2, rest / 2);
		settle();
		view.canvas().fit();
		assertEquals(DiagramKind.GOALS, view.kind());
		Node goal = view.canvas().scene().nodes().stream().filter(node -> node.role() == NodeRole.GOAL).findFirst().orElseThrow();
		view.canvas().select(goal);
		settle();
		shoot(window.getShell(), out.resolve("diagram-doelen.png"));

		ToolItem cycle = find(view, DiagramView.CYCLE);
		cycle.setSelection(true);
		find(view, DiagramView.GOALS).setSelection(false);
		cycle.notifyListeners(SWT.Selection, new Event());
		settle();
		view.canvas().fit();
		settle();
		assertEquals(DiagramKind.CYCLE, view.kind());
		assertFalse(view.canvas().scene().nodes().isEmpty());
		shoot(window.getShell(), out.resolve("diagram-cyclus.png"));
	}

	private static ToolItem find(DiagramView view, String id) {
		for (org.eclipse.swt.widgets.Control control : Ui.all(view.control(), org.eclipse.swt.widgets.ToolBar.class)) {
			for (ToolItem item : ((org.eclipse.swt.widgets.ToolBar) control).getItems()) {
				if (id.equals(item.getData(DiagramView.KEY))) {
					return item;
				}
			}
		}
		throw new AssertionError(id);
	}

	private void settle() {
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// run what is queued
			}
		}
	}

	/** What the screen shows of the shell's client area, as PNG. */
	private void shoot(Shell shell, Path file) {
		shell.layout(true, true);
		settle();
		Rectangle area = shell.getClientArea();
		org.eclipse.swt.graphics.Point origin = shell.toDisplay(0, 0);
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		assertTrue(Files.exists(file));
		assertNotNull(file);
	}
}
