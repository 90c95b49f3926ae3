package nl.oppstudio.forms.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.model.SignaturesBlock;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/**
 * {@code ondertekening} as the signature lines of a paper OPP: per moment (after drawing up, at the
 * evaluation …) a line per party with who signed and when.
 */
public final class SignaturesRenderer implements BlockRenderer {

	/** In a party of an {@code ondertekening} block: who signed, and when (the names of Slots). */
	private static final String SIGNED_BY = "naam";
	private static final String SIGNED_ON = "datum";

	@Override
	public double rank(FormNode node) {
		// the block itself, not one of its moments or parties (whose element is the block too)
		return node instanceof ContainerNode container && container.element() instanceof SignaturesBlock block
				&& container.parent() != null && container.parent().element() != block ? 10 : NOT_APPLICABLE;
	}

	@Override
	public NodeView render(Composite parent, FormNode node, RenderContext context) {
		return new View(parent, (ContainerNode) node, context);
	}

	private static final class View extends BlockView {

		View(Composite parent, ContainerNode block, RenderContext context) {
			super(parent, block, context);
			GridLayout layout = grid(3, false);
			layout.horizontalSpacing = 14;
			layout.verticalSpacing = 4;
			body.setLayout(layout);
			boolean first = true;
			for (FormNode moment : block.children()) {
				if (!(moment instanceof ContainerNode)) {
					continue;
				}
				Label when = header(body, moment.label());
				GridData whenData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
				whenData.verticalIndent = first ? 0 : 8;
				when.setLayoutData(whenData);
				first = false;
				for (String title : List.of(Messages.signaturesParty, Messages.signaturesName, Messages.signaturesDate)) {
					Label label = new Label(body, SWT.NONE);
					label.setText(title);
					label.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
				}
				for (FormNode party : moment.children()) {
					Map<String, ControlNode> values = controls(party);
					ControlNode name = values.get(SIGNED_BY);
					ControlNode date = values.get(SIGNED_ON);
					if (name == null || date == null) {
						continue;
					}
					Label who = new Label(body, SWT.NONE);
					who.setText(party.label());
					who.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
					BlockCell nameCell = cell(body, name, name.label());
					narrow(nameCell.control(), 200);
					BlockCell dateCell = cell(body, date, date.label());
					dateCell.control().setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
				}
			}
			stateChanged();
		}

		@Override
		protected List<Diagnostic> ownDiagnostics() {
			List<Diagnostic> own = super.ownDiagnostics();
			for (FormNode moment : node.children()) {
				own.addAll(moment.diagnostics());
				for (FormNode party : moment.children()) {
					own.addAll(party.diagnostics());
				}
			}
			return own;
		}
	}
}
