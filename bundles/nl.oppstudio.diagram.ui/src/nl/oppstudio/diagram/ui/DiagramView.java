package nl.oppstudio.diagram.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.diagram.DiagramKind;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.ui.internal.Messages;

/**
 * A diagram beside a form: a small toolbar (Doelen | Cyclus, zoom out and in, fit, export) and, when the
 * document has several blocks of the kind shown, a chooser of the block, above a {@link DiagramCanvas}.
 * It follows its document: after each change on the command stack the scene is made again from the
 * {@link Source}, once per run of changes, when the display is idle.
 */
public final class DiagramView {

	/** The data key of the view's widgets (as the editor's {@code EditorIds.KEY}), for tests. */
	public static final String KEY = "opp.id";
	/** Ids of the view's widgets. */
	public static final String VIEW = "diagram", CANVAS = "diagram.canvas", GOALS = "diagram.goals", CYCLE = "diagram.cycle",
			CHOOSER = "diagram.chooser",
			ZOOM_IN = "diagram.zoomIn", ZOOM_OUT = "diagram.zoomOut", FIT = "diagram.fit", EXPORT = "diagram.export";

	/** Where the scenes come from: the document as it is now. */
	public interface Source {
		/** The scene of this kind, or {@code null} when the document (its format) has no such diagram. */
		Scene scene(DiagramKind kind);

		/** The scene as an SVG document. */
		String svg(Scene scene);

		/** The scene as a PNG image, {@code scale} pixels per point. */
		byte[] png(Scene scene, double scale);

		/** The names of the diagrams of this kind, one per block; with more than one the view offers a choice. */
		default List<String> names(DiagramKind kind) {
			return List.of();
		}

		/** Which of {@link #names} {@link #scene} gives. */
		default int chosen(DiagramKind kind) {
			return 0;
		}

		/** Makes {@link #scene} give the {@code index}-th of {@link #names} from now on. */
		default void choose(DiagramKind kind, int index) {
			// one diagram of each kind
		}
	}

	private final Composite root;
	private final DiagramCanvas canvas;
	private final Source source;
	private final ToolItem goals;
	private final ToolItem cycle;
	private final Label empty;
	private final Combo chooser;
	private DiagramKind kind;
	private boolean refreshPending;
	private CommandStack stack;
	private final CommandStackListener changed = event -> scheduleRefresh();
	private boolean fitted;
	private DiagramHost host = DiagramHost.NONE;

	public DiagramView(Composite parent, Source source) {
		this.source = source;
		root = new Composite(parent, SWT.NONE);
		root.setData(KEY, VIEW);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		root.setLayout(layout);
		ToolBar bar = new ToolBar(root, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		goals = tool(bar, SWT.RADIO, Messages.goals, Messages.goalsTip, GOALS, () -> show(DiagramKind.GOALS));
		cycle = tool(bar, SWT.RADIO, Messages.cycle, Messages.cycleTip, CYCLE, () -> show(DiagramKind.CYCLE));
		new ToolItem(bar, SWT.SEPARATOR);
		tool(bar, SWT.PUSH, Messages.zoomOut, Messages.zoomOutTip, ZOOM_OUT, () -> canvas().zoomOut());
		tool(bar, SWT.PUSH, Messages.zoomIn, Messages.zoomInTip, ZOOM_IN, () -> canvas().zoomIn());
		tool(bar, SWT.PUSH, Messages.fit, Messages.fitTip, FIT, () -> canvas().fit());
		new ToolItem(bar, SWT.SEPARATOR);
		ToolItem export = tool(bar, SWT.DROP_DOWN, Messages.export, Messages.exportTip, EXPORT, null);
		export.addListener(SWT.Selection, event -> exportMenu(bar, export));
		chooser = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
		chooser.setData(KEY, CHOOSER);
		chooser.setToolTipText(Messages.chooserTip);
		chooser.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent event) {
				event.result = Messages.chooserTip; // a screen reader names the choice, not just its value
			}
		});
		GridData chooserData = new GridData(SWT.FILL, SWT.TOP, true, false);
		chooserData.exclude = true;
		chooser.setLayoutData(chooserData);
		chooser.setVisible(false);
		chooser.addListener(SWT.Selection, event -> {
			if (kind != null && chooser.getSelectionIndex() >= 0) {
				source.choose(kind, chooser.getSelectionIndex());
				fitted = false;
				refresh();
			}
		});
		empty = new Label(root, SWT.WRAP);
		empty.setText(Messages.empty);
		empty.setVisible(false);
		GridData emptyData = new GridData(SWT.FILL, SWT.TOP, true, false);
		emptyData.exclude = true;
		emptyData.horizontalIndent = 8;
		emptyData.verticalIndent = 8;
		empty.setLayoutData(emptyData);
		canvas = new DiagramCanvas(root, SWT.BORDER);
		canvas.setData(KEY, CANVAS);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.addListener(SWT.Resize, event -> {
			if (!fitted && canvas.scene() != null && canvas.getClientArea().width > 0) {
				fitted = true;
				canvas.fit();
			}
		});
		root.addListener(SWT.Dispose, event -> bind(null));
	}

	private ToolItem tool(ToolBar bar, int style, String text, String tip, String id, Runnable action) {
		ToolItem item = new ToolItem(bar, style);
		item.setText(text);
		item.setToolTipText(tip);
		item.setData(KEY, id);
		if (action != null) {
			item.addListener(SWT.Selection, event -> {
				if (style != SWT.RADIO || item.getSelection()) {
					action.run();
				}
			});
		}
		return item;
	}

	/** Where the diagram's edits go, and which edits it offers (see {@link DiagramCanvas#setEditing}). */
	public void setEditing(DiagramHost host, DiagramEditing editing) {
		this.host = host == null ? DiagramHost.NONE : host;
		canvas.setEditing(host, editing);
	}

	public Control control() {
		return root;
	}

	public DiagramCanvas canvas() {
		return canvas;
	}

	/** The kind shown, or {@code null} before the first {@link #show}. */
	public DiagramKind kind() {
		return kind;
	}

	/** Follows a command stack: the scene is made again after each change on it ({@code null} to stop). */
	public void bind(CommandStack commands) {
		if (stack != null) {
			stack.removeCommandStackListener(changed);
		}
		stack = commands;
		if (stack != null) {
			stack.addCommandStackListener(changed);
		}
	}

	/** Shows a diagram (the one the document has when it has only one of the two), fitted to the window. */
	public void show(DiagramKind wanted) {
		kind = wanted;
		fitted = false;
		refresh();
	}

	/** Makes the scene again now. */
	public void refresh() {
		refreshPending = false;
		if (root.isDisposed()) {
			return;
		}
		if (kind == null) {
			kind = DiagramKind.GOALS;
		}
		Scene scene;
		String problem = null;
		try {
			scene = source.scene(kind);
			DiagramKind other = kind == DiagramKind.GOALS ? DiagramKind.CYCLE : DiagramKind.GOALS;
			if (scene == null) {
				Scene otherScene = source.scene(other);
				if (otherScene != null) {
					kind = other;
					scene = otherScene;
				}
			}
		} catch (RuntimeException e) {
			// a diagram that cannot be made never takes the form with it: say why, in the pane
			scene = null;
			problem = NLS.bind(Messages.failed, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
		}
		goals.setSelection(kind == DiagramKind.GOALS);
		cycle.setSelection(kind == DiagramKind.CYCLE);
		updateChooser();
		boolean none = scene == null;
		String text = problem != null ? problem : Messages.empty;
		if (!text.equals(empty.getText())) {
			empty.setText(text);
			root.layout(true);
		}
		if (none != empty.getVisible()) {
			empty.setVisible(none);
			((GridData) empty.getLayoutData()).exclude = !none;
			root.layout(true);
		}
		canvas.setScene(scene);
		if (!fitted && scene != null && canvas.getClientArea().width > 0) {
			fitted = true;
			canvas.fit();
		}
	}

	/** Shows the names of the diagrams of the kind shown when there are several, the one shown selected. */
	private void updateChooser() {
		List<String> names;
		try {
			names = source.names(kind);
		} catch (RuntimeException e) {
			names = List.of();
		}
		boolean several = names.size() > 1;
		if (several && !names.equals(List.of(chooser.getItems()))) {
			chooser.setItems(names.toArray(String[]::new));
		}
		if (several) {
			chooser.select(Math.min(source.chosen(kind), names.size() - 1));
		}
		if (several != chooser.getVisible()) {
			chooser.setVisible(several);
			((GridData) chooser.getLayoutData()).exclude = !several;
			root.layout(true);
		}
	}

	/** The chooser of the diagram (one per block), shown when the document has several of the kind shown. */
	public Combo chooser() {
		return chooser;
	}

	/** Whether the document has a diagram of this kind; {@code false} when it cannot be made (the pane says why). */
	public boolean has(DiagramKind wanted) {
		try {
			return source.scene(wanted) != null;
		} catch (RuntimeException e) {
			return false;
		}
	}

	/** Makes the scene again once the current run of events is over (many changes, one new scene). */
	public void scheduleRefresh() {
		if (refreshPending || root.isDisposed()) {
			return;
		}
		refreshPending = true;
		root.getDisplay().asyncExec(() -> {
			if (refreshPending) {
				refresh();
			}
		});
	}

	/** Whether a new scene is waiting to be made (for tests). */
	public boolean refreshPending() {
		return refreshPending;
	}

	private void exportMenu(ToolBar bar, ToolItem anchor) {
		Menu menu = new Menu(bar);
		MenuItem svg = new MenuItem(menu, SWT.PUSH);
		svg.setText(Messages.exportSvg);
		svg.addListener(SWT.Selection, event -> exportAsk("svg"));
		MenuItem png = new MenuItem(menu, SWT.PUSH);
		png.setText(Messages.exportPng);
		png.addListener(SWT.Selection, event -> exportAsk("png"));
		org.eclipse.swt.graphics.Rectangle box = anchor.getBounds();
		menu.setLocation(bar.toDisplay(box.x, box.y + box.height));
		menu.setVisible(true);
	}

	private void exportAsk(String type) {
		Scene scene = canvas.scene();
		if (scene == null) {
			return;
		}
		FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
		dialog.setText(type.equals("svg") ? Messages.exportSvg : Messages.exportPng);
		dialog.setFilterExtensions(new String[] { "*." + type });
		dialog.setFileName(scene.kind().code() + "." + type);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen.endsWith("." + type) ? chosen : chosen + "." + type);
		if (Files.exists(target)) {
			if (!host.confirm(Messages.overwriteTitle, NLS.bind(Messages.overwriteQuestion, target.getFileName()))) {
				return;
			}
		}
		String problem = export(target);
		if (problem != null) {
			MessageBox error = new MessageBox(root.getShell(), SWT.ICON_ERROR | SWT.OK);
			error.setText(Messages.exportFailedTitle);
			error.setMessage(problem);
			error.open();
		}
	}

	/**
	 * Writes the diagram shown to {@code target} as SVG, or as PNG (at twice its size) when the name ends
	 * in {@code .png}, atomically; {@code null} when written, else the Dutch message of what went wrong.
	 */
	public String export(Path target) {
		Scene scene = canvas.scene();
		if (scene == null) {
			return Messages.empty;
		}
		try {
			if (target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
				byte[] png = source.png(scene, 2);
				AtomicFiles.write(target, out -> out.write(png));
			} else {
				byte[] svg = source.svg(scene).getBytes(StandardCharsets.UTF_8);
				AtomicFiles.write(target, out -> out.write(svg));
			}
			return null;
		} catch (IOException | RuntimeException e) {
			return NLS.bind(Messages.exportFailed, target, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
		}
	}
}
