package nl.oppstudio.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** One window, titled with the folder, opening the OPP Studio perspective. */
final class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public String getInitialWindowPerspectiveId() {
		return StudioPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer window = getWindowConfigurer();
				window.setInitialSize(new Point(1100, 720));
				window.setShowCoolBar(false);
				window.setShowStatusLine(false);
				window.setShowPerspectiveBar(false);
				window.setTitle(NLS.bind(Messages.windowTitle, StudioFolder.get()));
			}
		};
	}
}
