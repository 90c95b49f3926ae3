package nl.oppstudio.forms.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.oppstudio.document.Documents;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.Form;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormSession;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.spi.Renderers;
import nl.oppstudio.testing.ExampleDocuments;

/**
 * Pictures of the domain blocks as a school sees them, written to {@code target/screenshots/} (PNG) so
 * that a person can look at them: labels not cut off, Dutch throughout, no empty panes. Each test shows
 * the page of one block of an example document, scrolled to the block.
 */
class BlockScreenshotsTest {

	static final Path FOLDER = Path.of("target", "screenshots");

	private Display display;
	private Shell shell;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(960, 760);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource({
			"sem-de-vries.opp, factoren, factoren",
			"sem-de-vries.opp, handelingsdeel/doelen, doelen",
			"sem-de-vries.opp, handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/acties[2]/actie, doelen-actie",
			"sem-de-vries.opp, cyclus, cyclus",
			"sem-de-vries.opp, uitstroom, uitstroom",
			"sem-de-vries.opp, betrokkenheid/mening, hoorrecht-oogo",
			"sem-de-vries.opp, betrokkenheid/instemming, instemming",
			"swv-po-opp-1-4-daan.opp, uitstroom, uitstroom-advies",
			"revius-wijk-opp-light-eva.opp, overleg/handtekeningen, ondertekening",
			"revius-wijk-opp-light-eva.opp, leerling/tutor, persoon",
			"handreiking-voorbeeld-opp-fatima.opp, handelingsdeel/afspraken/ouders, doelen-acties",
			"swv-vo-amsterdam-diemen-opp-kevin.opp, cyclus, cyclus-vo" })
	void blockAsASchoolSeesIt(String document, String path, String name) throws Exception {
		Map.Entry<Path, Format> example = ExampleDocuments.documents().entrySet().stream()
				.filter(entry -> entry.getKey().getFileName().toString().equals(document)).findFirst().orElseThrow();
		FormSession session = new FormSession(Documents.load(example.getKey(), example.getValue()), example.getKey());
		session.setDate(LocalDate.of(2026, 11, 30));
		FormView view = new FormView(shell, Form.of(session), Renderers.standard());
		shell.open();
		FormNode node = FormBlocksTest.node(view.form(), path);
		ContainerNode page = view.form().pageOf(node);
		view.showPage(page);
		settle(view);
		if (node instanceof ControlNode control) {
			// a part of a block that shows one part at a time: select it first
			view.reveal(control);
			settle(view);
			node = control.parent().parent();
		}
		if (node != page) {
			FormBlocksTest.scrollTo(view, node);
		}
		settle(view);
		Path file = FOLDER.resolve(name + ".png");
		save(file);
		assertTrue(Files.size(file) > 1000, file.toString());
	}

	private void settle(FormView view) {
		long end = System.currentTimeMillis() + 300;
		do {
			while (display.readAndDispatch()) {
				// run what is queued
			}
		} while (view.updatePending() || System.currentTimeMillis() < end);
		display.update();
	}

	private void save(Path file) throws Exception {
		Files.createDirectories(file.getParent());
		Rectangle area = shell.getClientArea();
		Point origin = shell.toDisplay(0, 0);
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
	}
}
