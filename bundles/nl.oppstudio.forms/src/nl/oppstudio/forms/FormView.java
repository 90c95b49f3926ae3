package nl.oppstudio.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import nl.oppstudio.forms.internal.Frames;
import nl.oppstudio.forms.internal.PageHeader;
import nl.oppstudio.forms.internal.Widgets;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;
import nl.oppstudio.forms.spi.Renderers;

/**
 * The widgets of a {@link Form}, one page at a time: a page is rendered the first time it is shown and
 * kept. The view follows the form: a change updates the one widget concerned, and after a run of changes
 * the form is judged and validated once ({@link Form#update()}), when the display is idle.
 */
public final class FormView {

	/** The data key of a page's scrolled composite, and of every input widget: its node's path. */
	public static final String PATH_KEY = "nl.oppstudio.forms.path";

	private final Form form;
	private final Renderers renderers;
	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	private final Map<ContainerNode, ScrolledComposite> pages = new HashMap<>();
	private final List<NodeView> views = new ArrayList<>();
	/** The page each view is on: a state change updates the shown page now, the others when shown. */
	private final Map<NodeView, ContainerNode> pageOfView = new HashMap<>();
	private final java.util.Set<ContainerNode> stalePages = new java.util.HashSet<>();
	private ContainerNode rendering;
	private final Context context = new Context();
	private ContainerNode current;
	private boolean updatePending;
	private final FormListener listener = new FormListener() {
		@Override
		public void valueChanged(ControlNode control) {
			for (NodeView view : live()) {
				view.valueChanged(control);
			}
			scheduleUpdate();
		}

		@Override
		public void rowsChanged(RepeatNode repeat) {
			for (NodeView view : live()) {
				view.rowsChanged(repeat);
			}
			scheduleUpdate();
		}

		@Override
		public void containerChanged(ContainerNode container) {
			for (ControlNode control : form.controls()) {
				for (NodeView view : live()) {
					view.valueChanged(control);
				}
			}
			scheduleUpdate();
		}

		@Override
		public void stateChanged() {
			long layouts = Widgets.changes();
			for (NodeView view : live()) {
				ContainerNode page = pageOfView.get(view);
				if (page == null || page == current) {
					view.stateChanged();
				} else {
					stalePages.add(page);
				}
			}
			// a layout of the whole page only when something appeared, went or changed size
			if (Widgets.changes() != layouts) {
				relayout();
			}
		}
	};

	public FormView(Composite parent, Form form, Renderers renderers) {
		this.form = form;
		this.renderers = renderers;
		this.stack = new Composite(parent, SWT.NONE);
		stack.setLayout(layout);
		form.addListener(listener);
		stack.addDisposeListener(event -> form.removeListener(listener));
	}

	public Control control() {
		return stack;
	}

	public Form form() {
		return form;
	}

	public ContainerNode currentPage() {
		return current;
	}

	/** Shows a page, rendering it the first time. */
	public void showPage(ContainerNode page) {
		ScrolledComposite scrolled = pages.computeIfAbsent(page, this::renderPage);
		current = page;
		if (stalePages.remove(page)) {
			for (NodeView view : live()) {
				if (pageOfView.get(view) == page) {
					view.stateChanged();
				}
			}
			((Composite) scrolled.getContent()).layout(true, true);
		}
		layout.topControl = scrolled;
		stack.layout(true);
		resize(scrolled);
	}

	/** Shows the page of {@code node} and puts the focus on its widget; {@code false} when it has none. */
	public boolean reveal(FormNode node) {
		ContainerNode page = form.pageOf(node);
		showPage(page);
		for (FormNode target = node; target != null; target = target.parent()) {
			for (NodeView view : live()) {
				if (view.focus(target)) {
					scrollTo(pages.get(page), stack.getDisplay().getFocusControl());
					return true;
				}
			}
		}
		return false;
	}

	/** Applies every edit still open in a widget (a table cell being edited), so that a save holds it. */
	public void commitEdits() {
		for (NodeView view : live()) {
			view.commitEdits();
		}
		form.session().endTyping();
	}

	/** Runs {@link Form#update()} once the current run of events is over. */
	public void scheduleUpdate() {
		if (updatePending || stack.isDisposed()) {
			return;
		}
		updatePending = true;
		stack.getDisplay().asyncExec(() -> {
			updatePending = false;
			if (!stack.isDisposed()) {
				form.update();
			}
		});
	}

	/** Whether an update is waiting to run (for tests that wait for validation). */
	public boolean updatePending() {
		return updatePending;
	}

	private List<NodeView> live() {
		views.removeIf(view -> {
			boolean gone = view.control() == null || view.control().isDisposed();
			if (gone) {
				pageOfView.remove(view);
			}
			return gone;
		});
		return List.copyOf(views);
	}

	private ScrolledComposite renderPage(ContainerNode page) {
		// horizontal scrolling only where a page's minimum widths do not fit (a narrow window, the diagram beside it)
		ScrolledComposite scrolled = new ScrolledComposite(stack, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setData(PATH_KEY, page.path());
		Composite content = new Composite(scrolled, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = 16;
		grid.marginHeight = 12;
		grid.verticalSpacing = 10;
		content.setLayout(grid);
		scrolled.setContent(content);
		ContainerNode outer = rendering;
		rendering = page;
		context.register(new PageHeader(content, page));
		if (page.isSection() || page.schema() == null) {
			context.renderChildren(content, page);
		} else {
			// a block (factoren, cyclus …) or a field of several values that is a page of its own
			context.render(content, page);
		}
		rendering = outer;
		for (NodeView view : live()) {
			if (pageOfView.get(view) == page) {
				view.stateChanged();
			}
		}
		scrolled.addListener(SWT.Resize, event -> resize(scrolled));
		return scrolled;
	}

	private void relayout() {
		if (current != null) {
			ScrolledComposite scrolled = pages.get(current);
			((Composite) scrolled.getContent()).layout(true, true);
			resize(scrolled);
		}
	}

	private static void resize(ScrolledComposite scrolled) {
		Rectangle area = scrolled.getClientArea();
		Point size = scrolled.getContent().computeSize(Math.max(area.width, 200), SWT.DEFAULT);
		scrolled.setMinSize(size);
	}

	private static void scrollTo(ScrolledComposite scrolled, Control control) {
		if (scrolled == null || control == null) {
			return;
		}
		Point location = scrolled.getContent().toControl(control.toDisplay(0, 0));
		Point origin = scrolled.getOrigin();
		int height = scrolled.getClientArea().height;
		if (location.y < origin.y || location.y > origin.y + height - 40) {
			scrolled.setOrigin(origin.x, Math.max(0, location.y - 40));
		}
	}

	private final class Context implements RenderContext {

		@Override
		public FormSession session() {
			return form.session();
		}

		@Override
		public Renderers renderers() {
			return renderers;
		}

		@Override
		public NodeView render(Composite parent, FormNode node) {
			NodeView view;
			if (node instanceof ControlNode control) {
				view = Frames.field(parent, control, this);
			} else {
				BlockRenderer block = renderers.block(node);
				view = block != null ? block.render(parent, node, this) : Frames.placeholder(parent, node);
			}
			if (view.control().getLayoutData() == null) {
				view.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			}
			register(view);
			return view;
		}

		@Override
		public void renderChildren(Composite parent, ContainerNode container) {
			for (FormNode child : container.children()) {
				if (child instanceof ContainerNode sub && sub.isPage()) {
					continue;
				}
				render(parent, child);
			}
		}

		@Override
		public void register(NodeView view) {
			if (!views.contains(view)) {
				views.add(view);
				if (rendering != null) {
					pageOfView.put(view, rendering);
				}
			}
		}
	}

	/** The display of this view (for tests that pump events). */
	public Display display() {
		return stack.getDisplay();
	}
}
