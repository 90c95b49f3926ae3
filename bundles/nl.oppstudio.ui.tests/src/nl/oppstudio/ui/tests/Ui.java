package nl.oppstudio.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import nl.oppstudio.ui.WidgetIds;

/** Finding the Studio's widgets by their data key, driving them, and running the event loop until something holds. */
final class Ui {

	private Ui() {
	}

	static <T extends Control> T find(Control control, String id, Class<T> type) {
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

	/** Runs the event loop for a while. */
	static void idle(Display display, int millis) {
		long end = System.nanoTime() + millis * 1_000_000L;
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	/** The cells of every row of a table. */
	static List<String[]> rows(Table table) {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			String[] cells = new String[table.getColumnCount()];
			for (int c = 0; c < cells.length; c++) {
				cells[c] = item.getText(c);
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The tree item whose first column is the text, at any depth, or {@code null}. */
	static TreeItem item(Tree tree, String text) {
		return item(tree.getItems(), text);
	}

	private static TreeItem item(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (item.getText(0).equals(text)) {
				return item;
			}
			TreeItem found = item(item.getItems(), text);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** Double-clicks a tree item (selects it and sends the default selection). */
	static void open(Tree tree, TreeItem item) {
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.DefaultSelection, event);
	}

	/** Types text into a styled text as keystrokes, at the caret. */
	static void type(StyledText text, String keys) {
		for (char c : keys.toCharArray()) {
			Event event = new Event();
			event.character = c;
			event.keyCode = c == '\n' ? SWT.CR : c;
			text.notifyListeners(SWT.KeyDown, event);
			Event up = new Event();
			up.character = c;
			up.keyCode = event.keyCode;
			text.notifyListeners(SWT.KeyUp, up);
		}
	}

	/** Chooses a menu bar entry by its path of labels (mnemonics and shortcuts ignored), as a click does. */
	static void menu(Shell shell, String... path) {
		Menu menu = shell.getMenuBar();
		for (int i = 0; i < path.length; i++) {
			menu.notifyListeners(SWT.Show, new Event());
			MenuItem found = null;
			for (MenuItem item : menu.getItems()) {
				if (label(item.getText()).equals(path[i])) {
					found = item;
				}
			}
			if (found == null) {
				List<String> labels = new ArrayList<>();
				for (MenuItem item : menu.getItems()) {
					labels.add(label(item.getText()));
				}
				throw new AssertionError("Geen menu-item '" + path[i] + "' in " + labels);
			}
			if (i == path.length - 1) {
				found.notifyListeners(SWT.Selection, new Event());
			} else {
				menu = found.getMenu();
			}
		}
	}

	static String label(String text) {
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
	}

	/** The visible popup shells (content assist, quick fix) with a table of proposals. */
	static Table proposals(Display display, Shell main) {
		for (Shell shell : display.getShells()) {
			if (shell != main && shell.isVisible()) {
				for (Table table : all(shell, Table.class)) {
					if (table.isVisible()) {
						return table;
					}
				}
			}
		}
		return null;
	}

	/** Accepts the proposal at a row, as a double-click or Enter does. */
	static void accept(Table table, int row) {
		table.setSelection(row);
		Event event = new Event();
		event.item = table.getItem(row);
		table.notifyListeners(SWT.DefaultSelection, event);
	}

	/** When a dialog titled with {@code title} shows (within 60 s), runs {@code action} on it. */
	static void whenDialog(Display display, String title, Consumer<Shell> action) {
		long end = System.nanoTime() + 60_000_000_000L;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getText().contains(title) && shell.getParent() != null) {
					action.accept(shell);
					return;
				}
			}
			if (System.nanoTime() < end) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

	/** Presses the button with this label (mnemonics ignored). */
	static void press(Shell shell, String label) {
		for (Button button : all(shell, Button.class)) {
			if (label(button.getText()).equals(label)) {
				button.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new AssertionError("Geen knop '" + label + "' in " + shell.getText());
	}
}
