package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.InstalledExamples;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.FolderContext;
import nl.oppstudio.ui.internal.StudioContext;
import nl.oppstudio.ui.internal.newformat.NewFormatDialog;

/**
 * Review item 15: "Nieuw formaat…" starts from one of the example formats the product ships, also in an
 * empty folder (where there is nothing to copy); the example's logo comes along. Real SWT widgets.
 */
class NewFormatDialogTest {

	@TempDir
	Path folder;

	private final Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
	private Shell shell;
	private int refreshed;

	private final StudioContext context = new FolderContext(() -> folder, () -> shell) {
		@Override
		public void refresh() {
			refreshed++;
		}
	};

	private <T> T ui(Supplier<T> action) {
		AtomicReference<T> result = new AtomicReference<>();
		display.syncExec(() -> result.set(action.get()));
		return result.get();
	}

	private void run(Runnable action) {
		display.syncExec(action);
		while (display.getThread() == Thread.currentThread() && display.readAndDispatch()) {
			// pending events
		}
	}

	@BeforeEach
	void open() {
		run(() -> {
			shell = new Shell(display);
			shell.open();
		});
	}

	@AfterEach
	void close() {
		run(() -> shell.dispose());
	}

	private static <T extends Control> List<T> all(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				all(child, type, found);
			}
		}
		return found;
	}

	private static <T extends Control> T find(Control control, String id, Class<T> type) {
		return all(control, type, new ArrayList<>()).stream().filter(c -> id.equals(c.getData(WidgetIds.KEY))).findFirst()
				.orElseThrow(() -> new AssertionError("no widget " + id));
	}

	private static void select(Button radio) {
		for (Control sibling : radio.getParent().getChildren()) {
			if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
				other.setSelection(other == radio);
			}
		}
		radio.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void anEmptyFolderStartsFromAShippedExample() throws Exception {
		AtomicReference<NewFormatDialog> dialog = new AtomicReference<>();
		run(() -> {
			NewFormatDialog created = NewFormatDialog.create(context);
			created.setBlockOnOpen(false);
			created.open();
			dialog.set(created);
		});
		Shell dialogShell = ui(() -> dialog.get().getShell());
		assertFalse(ui(() -> find(dialogShell, NewFormatDialog.FROM_COPY, Button.class).getEnabled()), "nothing to copy in an empty folder");
		Button fromExample = find(dialogShell, NewFormatDialog.FROM_EXAMPLE, Button.class);
		assertEquals("Een voorbeeldformaat:", ui(fromExample::getText));
		Combo examples = find(dialogShell, NewFormatDialog.EXAMPLE, Combo.class);
		assertEquals(InstalledExamples.ids().stream().map(InstalledExamples::name).toList(), ui(() -> Arrays.asList(examples.getItems())));
		assertTrue(ui(() -> examples.getItems()[0]).equals("OPP SWV De Voorbeeldregio (PO)"), "names as people read them");
		assertFalse(ui(examples::getEnabled), "only when an example is the start");

		// the groeidocument first: the kind follows the example
		int groei = InstalledExamples.ids().indexOf("swv-po-groeidocument");
		run(() -> {
			select(fromExample);
			examples.select(groei);
			examples.notifyListeners(SWT.Selection, new Event());
		});
		assertTrue(ui(examples::getEnabled));
		assertEquals("groeidocument", ui(() -> find(dialogShell, NewFormatDialog.KIND, Combo.class).getText()));

		// then the example with a logo
		run(() -> {
			examples.select(0);
			examples.notifyListeners(SWT.Selection, new Event());
			find(dialogShell, NewFormatDialog.ID, Text.class).setText("swv-regio-opp");
			find(dialogShell, NewFormatDialog.NAME, Text.class).setText("OPP SWV De Regio");
		});
		assertEquals("opp", ui(() -> find(dialogShell, NewFormatDialog.KIND, Combo.class).getText()));
		Button ok = ui(() -> all(dialogShell, Button.class, new ArrayList<>()).stream().filter(b -> "Maken".equals(b.getText()))
				.findFirst().get());
		assertTrue(ui(ok::getEnabled));
		run(() -> ok.notifyListeners(SWT.Selection, new Event()));

		Path written = dialog.get().written();
		assertEquals(folder.resolve("swv-regio-opp.oppformat"), written);
		assertEquals(1, refreshed);
		LoadedFormat loaded = FormatLoader.create(null).load(written);
		assertTrue(loaded.isUsable(), loaded.diagnostics().toString());
		assertEquals("OPP SWV De Regio", loaded.format().getName());
		LoadedFormat example = FormatLoader.create(null).load(Examples.file("swv-voorbeeld-opp.oppformat"));
		assertEquals(example.format().getMembers().size(), loaded.format().getMembers().size());
		assertArrayEquals(Files.readAllBytes(Examples.file("logo-swv-voorbeeld.svg")),
				Files.readAllBytes(folder.resolve("logo-swv-voorbeeld.svg")));
	}
}
