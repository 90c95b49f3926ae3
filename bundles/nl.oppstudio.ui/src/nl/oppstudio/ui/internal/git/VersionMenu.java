package nl.oppstudio.ui.internal.git;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jface.action.MenuManager;

import nl.oppstudio.ui.internal.StudioContext;

/** The menu "Versiebeheer" and the folder's git state, for the Studio window. */
public final class VersionMenu {

	private VersionMenu() {
	}

	/** Adds the version-control actions (status, history, publish, pull, push, start) to the menu. */
	public static void fill(MenuManager menu, StudioContext context) {
	}

	/** The git state of each changed file in the folder, in Dutch ("gewijzigd", "nieuw" …); empty outside a repository. */
	public static Map<Path, String> states(Path folder) {
		return Map.of();
	}
}
