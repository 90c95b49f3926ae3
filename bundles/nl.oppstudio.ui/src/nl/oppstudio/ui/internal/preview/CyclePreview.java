package nl.oppstudio.ui.internal.preview;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.ui.DiagramCanvas;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.ui.WidgetIds;

/** The "Cyclus" tab: the format's planning cycle as a diagram; a chooser when it has several cycle blocks. */
final class CyclePreview {

	private final Composite content;
	private final Composite chooserRow;
	private final Combo chooser;
	private final Label none;
	private final DiagramCanvas canvas;
	private List<Scene> scenes = List.of();

	CyclePreview(Composite content) {
		this.content = content;
		content.setLayout(new GridLayout(1, false));
		chooserRow = new Composite(content, SWT.NONE);
		chooserRow.setLayout(new GridLayout(2, false));
		chooserRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(chooserRow, SWT.NONE).setText(Messages.cycleChoose);
		chooser = new Combo(chooserRow, SWT.READ_ONLY);
		chooser.setData(WidgetIds.KEY, PreviewIds.CYCLE_CHOOSER);
		chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		chooser.addListener(SWT.Selection, event -> showScene());
		none = new Label(content, SWT.WRAP);
		none.setData(WidgetIds.KEY, PreviewIds.CYCLE_EMPTY);
		none.setText(Messages.cycleNone);
		none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		canvas = new DiagramCanvas(content, SWT.BORDER);
		canvas.setData(WidgetIds.KEY, PreviewIds.CYCLE_CANVAS);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		clear();
	}

	void show(Format format) {
		try {
			scenes = Diagrams.cycle(format);
		} catch (RuntimeException e) {
			scenes = List.of(); // a format the layout cannot draw yet: the last text has a gap
		}
		int selected = Math.max(0, chooser.getSelectionIndex());
		chooser.removeAll();
		for (Scene scene : scenes) {
			chooser.add(scene.title() == null ? "" : scene.title());
		}
		if (!scenes.isEmpty()) {
			chooser.select(Math.min(selected, scenes.size() - 1));
		}
		visible(chooserRow, scenes.size() > 1);
		visible(none, scenes.isEmpty());
		visible(canvas, !scenes.isEmpty());
		content.layout(true, true);
		showScene();
	}

	private void showScene() {
		int index = chooser.getSelectionIndex();
		if (index >= 0 && index < scenes.size()) {
			boolean first = canvas.scene() == null;
			canvas.setScene(scenes.get(index));
			if (first) {
				canvas.fit();
			}
		}
	}

	private static void visible(org.eclipse.swt.widgets.Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
	}

	void clear() {
		scenes = List.of();
		chooser.removeAll();
		visible(chooserRow, false);
		visible(none, false);
		visible(canvas, false);
		content.layout(true, true);
	}

	/** The scenes shown (for tests). */
	List<Scene> scenes() {
		return scenes;
	}
}
