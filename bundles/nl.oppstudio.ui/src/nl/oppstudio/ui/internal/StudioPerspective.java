package nl.oppstudio.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The folder on the left, the selected format's structure on the right. */
public final class StudioPerspective implements IPerspectiveFactory {

	public static final String ID = "nl.oppstudio.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(FolderView.ID, true, IPageLayout.LEFT, 0.4f, layout.getEditorArea());
		// ratio: the share the folder keeps
		layout.addStandaloneView(FormatView.ID, true, IPageLayout.RIGHT, 0.4f, FolderView.ID);
		layout.getViewLayout(FolderView.ID).setCloseable(false);
		layout.getViewLayout(FormatView.ID).setCloseable(false);
	}
}
