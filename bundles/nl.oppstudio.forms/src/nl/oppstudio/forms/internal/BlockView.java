package nl.oppstudio.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/**
 * The frame of a domain block: a titled group with the block's help text and messages, or, when the block
 * is a page of its own, a plain composite under the page's header (which shows the title, help and page
 * messages already). Subclasses fill {@link #body} and keep their {@link BlockCell}s in {@link #cells}, which
 * this class keeps in step with the form.
 */
abstract class BlockView implements NodeView {

	protected final FormNode node;
	protected final RenderContext context;
	protected final Composite frame;
	protected final Composite body;
	protected final Map<ControlNode, BlockCell> cells = new LinkedHashMap<>();
	private final Label message;

	BlockView(Composite parent, FormNode node, RenderContext context) {
		this.node = node;
		this.context = context;
		boolean page = node instanceof ContainerNode container && container.isPage();
		if (page) {
			frame = new Composite(parent, SWT.NONE);
			GridLayout layout = new GridLayout(1, false);
			layout.marginWidth = 0;
			layout.marginHeight = 0;
			frame.setLayout(layout);
		} else {
			Group group = new Group(parent, SWT.NONE);
			group.setText(node.label());
			GridLayout layout = new GridLayout(1, false);
			layout.verticalSpacing = 8;
			group.setLayout(layout);
			String help = node.element() == null ? null : node.element().getHelp();
			if (help != null && !help.isBlank()) {
				Label helpLabel = new Label(group, SWT.WRAP);
				helpLabel.setText(help);
				helpLabel.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
				data.widthHint = 400;
				helpLabel.setLayoutData(data);
			}
			frame = group;
		}
		body = new Composite(frame, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		message = new Label(frame, SWT.WRAP);
		message.setForeground(frame.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
		messageData.exclude = true;
		message.setLayoutData(messageData);
		message.setVisible(false);
	}

	@Override
	public FormNode node() {
		return node;
	}

	@Override
	public Control control() {
		return frame;
	}

	/** Adds a cell for {@code control} in {@code parent}, named for screen readers by {@code name}. */
	protected BlockCell cell(Composite parent, ControlNode control, String name) {
		BlockCell cell = new BlockCell(parent, control, context, name);
		cells.put(control, cell);
		return cell;
	}

	/** The diagnostics the block shows itself (above its cells): by default its own. */
	protected List<Diagnostic> ownDiagnostics() {
		return new ArrayList<>(node.diagnostics());
	}

	@Override
	public void valueChanged(ControlNode control) {
		BlockCell cell = cells.get(control);
		if (cell != null && !frame.isDisposed()) {
			cell.refresh();
		}
	}

	@Override
	public void stateChanged() {
		if (frame.isDisposed()) {
			return;
		}
		Widgets.show(frame, node.visible());
		boolean page = node instanceof ContainerNode container && container.isPage();
		String text = page ? "" : Frames.messageText(ownDiagnostics());
		if (!text.equals(message.getText())) {
			message.setText(text);
			Widgets.changed();
		}
		Widgets.show(message, !text.isEmpty());
		for (BlockCell cell : cells.values()) {
			cell.stateChanged();
		}
	}

	@Override
	public boolean focus(FormNode target) {
		BlockCell cell = cells.get(target);
		return cell != null && cell.focus();
	}

	/** The children of a container that are values, by their name in the document. */
	static Map<String, ControlNode> controls(FormNode container) {
		Map<String, ControlNode> controls = new LinkedHashMap<>();
		for (FormNode child : container.children()) {
			if (child instanceof ControlNode control) {
				controls.put(control.leaf().name(), control);
			}
		}
		return controls;
	}

	/**
	 * Lays out a block whose content changed without an update of the form (another goal selected), and
	 * lets the page it is on scroll over its new height.
	 */
	static void relayoutPage(Control control) {
		control.requestLayout();
		for (Control current = control; current != null; current = current.getParent()) {
			if (current instanceof ScrolledComposite scrolled && scrolled.getContent() instanceof Composite content) {
				content.layout(true, true);
				Rectangle area = scrolled.getClientArea();
				scrolled.setMinSize(content.computeSize(Math.max(area.width, 200), SWT.DEFAULT));
				return;
			}
		}
	}

	/** A grid layout without margins. */
	static GridLayout grid(int columns, boolean equal) {
		GridLayout layout = new GridLayout(columns, equal);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		return layout;
	}

	/** A bold label (a column or row header). */
	static Label header(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		return label;
	}

	/**
	 * Lets the wide text inputs inside {@code root} start at {@code width} pixels instead of the width a
	 * field has on its own, so that several fit beside each other; they still grow with the block.
	 */
	static void narrow(Control root, int width) {
		if (root instanceof Text text && text.getLayoutData() instanceof GridData data && data.widthHint > width) {
			data.widthHint = width;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				narrow(child, width);
			}
		}
	}
}
