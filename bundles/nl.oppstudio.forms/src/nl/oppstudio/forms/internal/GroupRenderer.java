package nl.oppstudio.forms.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/** Any group, sectie, person, consent or block without a renderer of its own: a titled frame of its members. */
public final class GroupRenderer implements BlockRenderer {

	@Override
	public double rank(FormNode node) {
		return node instanceof ContainerNode ? 1 : NOT_APPLICABLE;
	}

	@Override
	public NodeView render(Composite parent, FormNode node, RenderContext context) {
		ContainerNode container = (ContainerNode) node;
		// a block that is a page of its own: the page's header shows its title and help
		Composite group = container.isPage() ? new Composite(parent, SWT.NONE) : new Group(parent, SWT.NONE);
		if (group instanceof Group titled) {
			titled.setText(container.label());
		}
		GridLayout layout = new GridLayout(1, false);
		layout.verticalSpacing = 8;
		if (container.isPage()) {
			layout.marginWidth = 0;
			layout.marginHeight = 0;
		}
		group.setLayout(layout);
		String help = container.isPage() || container.element() == null ? null : container.element().getHelp();
		if (help != null && !help.isBlank()) {
			Label helpLabel = new Label(group, SWT.WRAP);
			helpLabel.setText(help);
			helpLabel.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			helpLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
		Label message = new Label(group, SWT.WRAP);
		message.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
		message.setLayoutData(messageData);
		context.renderChildren(group, container);
		return new NodeView() {
			@Override
			public FormNode node() {
				return container;
			}

			@Override
			public Control control() {
				return group;
			}

			@Override
			public void stateChanged() {
				Widgets.show(group, container.visible());
				String text = container.isPage() ? "" : Frames.messageText(container.diagnostics());
				if (!text.equals(message.getText())) {
					message.setText(text);
					Widgets.changed();
				}
				Widgets.show(message, !text.isEmpty());
			}
		};
	}
}
