package nl.oppstudio.editor.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import nl.oppstudio.editor.EditorIds;

/** Finding the editor's widgets by their data key, and running the event loop until something holds. */
final class Ui {

	private Ui() {
	}

	static <T extends Control> T find(Control control, String id, Class<T> type) {
		if (id.equals(control.getData(EditorIds.KEY)) && type.isInstance(control)) {
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

	/** Every control under {@code control} of a type, depth first. */
	static <T extends Control> List<T> all(Control control, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(child, type));
			}
		}
		return found;
	}

	/** Runs the event loop until the condition holds; fails after {@code seconds}. */
	static void until(Display display, BooleanSupplier condition, int seconds, String what) {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("Niet binnen " + seconds + " s: " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError(e);
				}
			}
		}
	}

	/** The cells of every row of a table, as shown (virtual rows are filled on reading). */
	static List<String[]> rows(Table table) {
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			TableItem item = table.getItem(i);
			String[] cells = new String[table.getColumnCount()];
			for (int c = 0; c < cells.length; c++) {
				cells[c] = item.getText(c);
			}
			rows.add(cells);
		}
		return rows;
	}

	static List<CTabItem> documentTabs(CTabFolder tabs) {
		List<CTabItem> items = new ArrayList<>();
		for (CTabItem item : tabs.getItems()) {
			if (EditorIds.DOCUMENT_TAB.equals(item.getData(EditorIds.KEY))) {
				items.add(item);
			}
		}
		return items;
	}
}
