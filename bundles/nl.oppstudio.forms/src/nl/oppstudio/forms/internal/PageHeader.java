package nl.oppstudio.forms.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.spi.NodeView;

/** The title of a page, its help text and what validation says about the page as a whole. */
public final class PageHeader implements NodeView {

	private final ContainerNode page;
	private final Composite header;
	private final Label message;

	public PageHeader(Composite parent, ContainerNode page) {
		this.page = page;
		header = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		header.setLayout(layout);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label title = new Label(header, SWT.WRAP);
		title.setText(page.label());
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		String help = page.element() == null ? null : page.element().getHelp();
		if (help != null && !help.isBlank()) {
			Label helpLabel = new Label(header, SWT.WRAP);
			helpLabel.setText(help);
			helpLabel.setForeground(header.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			helpLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
		message = new Label(header, SWT.WRAP);
		message.setForeground(header.getDisplay().getSystemColor(SWT.COLOR_RED));
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	@Override
	public FormNode node() {
		return page;
	}

	@Override
	public Control control() {
		return header;
	}

	@Override
	public void stateChanged() {
		String text = Frames.messageText(page.diagnostics());
		if (!text.equals(message.getText())) {
			message.setText(text);
			Widgets.changed();
		}
		Widgets.show(message, !text.isEmpty());
	}
}
