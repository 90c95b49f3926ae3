package nl.oppstudio.editor.internal.update;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.editor.internal.Widgets;

/** The window's menu bar with the menu Help: "Zoeken naar updates…", "Vorige versie terugzetten", "Over …". */
public final class HelpMenu {

	private HelpMenu() {
	}

	public static void create(Shell shell, Updates updates, Runnable about) {
		Menu bar = shell.getMenuBar();
		if (bar == null) {
			bar = new Menu(shell, SWT.BAR);
			shell.setMenuBar(bar);
		}
		MenuItem help = new MenuItem(bar, SWT.CASCADE);
		help.setText(Messages.helpMenu);
		Menu menu = new Menu(shell, SWT.DROP_DOWN);
		help.setMenu(menu);
		item(menu, Messages.checkItem, EditorIds.MENU_CHECK_UPDATES, updates::checkOnRequest);
		item(menu, Messages.rollbackItem, EditorIds.MENU_ROLLBACK, updates::rollback);
		new MenuItem(menu, SWT.SEPARATOR);
		item(menu, NLS.bind(Messages.aboutItem, Branding.name()), EditorIds.MENU_ABOUT, about);
	}

	private static void item(Menu menu, String text, String id, Runnable action) {
		MenuItem item = Widgets.id(new MenuItem(menu, SWT.PUSH), id);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}
}
