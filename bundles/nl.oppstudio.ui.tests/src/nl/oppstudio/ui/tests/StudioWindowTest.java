package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nl.oppstudio.testing.Examples;
import nl.oppstudio.ui.WidgetIds;

/**
 * Issue 3: OPP Studio starts on dsl-examples (under Xvfb in CI); the window lists the example
 * format; selecting it shows its sections. Drives the real SWT widgets, found by their data key.
 */
class StudioWindowTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final Display display = workbench.getDisplay();

	private <T> T ui(Supplier<T> action) {
		AtomicReference<T> result = new AtomicReference<>();
		display.syncExec(() -> result.set(action.get()));
		return result.get();
	}

	private Shell shell() {
		return workbench.getWorkbenchWindows()[0].getShell();
	}

	private static <T extends Control> T find(Control control, String id, Class<T> type) {
		if (id.equals(control.getData(WidgetIds.KEY)) && type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, id, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void windowListsTheExampleAndShowsItsStructure() {
		assertEquals(1, ui(() -> workbench.getWorkbenchWindowCount()));
		assertTrue(ui(() -> shell().getText()).startsWith("OPP Studio"), ui(() -> shell().getText()));

		List<String> files = ui(() -> {
			List<String> names = new ArrayList<>();
			for (TableItem item : find(shell(), WidgetIds.FOLDER_TABLE, Table.class).getItems()) {
				names.add(item.getText(0) + "|" + item.getText(1));
			}
			return names;
		});
		assertTrue(files.contains(Examples.FORMAT + "|Formaat"), files.toString());
		assertTrue(files.contains(Examples.DOCUMENT + "|Document"), files.toString());

		List<String> sections = ui(() -> {
			Table table = find(shell(), WidgetIds.FOLDER_TABLE, Table.class);
			int index = files.indexOf(Examples.FORMAT + "|Formaat");
			table.setFocus();
			table.setSelection(index);
			table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			while (display.readAndDispatch()) {
				// let the selection reach the format view
			}
			List<String> texts = new ArrayList<>();
			for (TreeItem item : find(shell(), WidgetIds.FORMAT_TREE, Tree.class).getItems()) {
				texts.add(item.getText());
			}
			return texts;
		});
		assertTrue(sections.contains("Sectie: Gegevens van de leerling"), sections.toString());
		assertTrue(sections.contains("Uitstroomperspectief: Uitstroomperspectief"), sections.toString());
		assertTrue(sections.contains("Sectie (handelingsdeel): Handelingsdeel"), sections.toString());
		String status = ui(() -> find(shell(), WidgetIds.FORMAT_STATUS, Label.class).getText());
		assertNotNull(status);
		assertTrue(status.contains("swv-voorbeeld-opp") && !status.contains("fout"), status);
	}
}
