package nl.oppstudio.forms.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.format.model.FactorArea;
import nl.oppstudio.format.model.FactorsBlock;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/**
 * {@code factoren} as the grid schools know: a row per area the format lists (leerling, onderwijs, thuis)
 * and the columns bevorderend and belemmerend, each cell a long text that grows as it is typed.
 */
public final class FactorsRenderer implements BlockRenderer {

	/** Width a cell's text starts at; two fit beside the area names on a page. */
	private static final int CELL_WIDTH = 260;

	@Override
	public double rank(FormNode node) {
		return node instanceof ContainerNode container && container.element() instanceof FactorsBlock ? 10 : NOT_APPLICABLE;
	}

	@Override
	public NodeView render(Composite parent, FormNode node, RenderContext context) {
		return new View(parent, (ContainerNode) node, context);
	}

	/** The areas of a block in the format's order (all three when it lists none, as the document has them). */
	static List<FactorArea> areas(FactorsBlock block) {
		return block.getAreas().isEmpty() ? new ArrayList<>(EnumSet.allOf(FactorArea.class)) : block.getAreas();
	}

	/** An area as a row header: {@code leerling} → {@code Leerling}. */
	static String title(FactorArea area) {
		String literal = area.getLiteral();
		return Character.toUpperCase(literal.charAt(0)) + literal.substring(1);
	}

	private static final class View extends BlockView {
		private final List<Label> rowHeaders = new ArrayList<>();
		private final List<String> titles = new ArrayList<>();
		private final List<ControlNode[]> rows = new ArrayList<>();

		View(Composite parent, ContainerNode block, RenderContext context) {
			super(parent, block, context);
			GridLayout layout = grid(3, false);
			layout.horizontalSpacing = 10;
			body.setLayout(layout);
			new Label(body, SWT.NONE).setLayoutData(new GridData(SWT.BEGINNING, SWT.END, false, false));
			header(body, Messages.factorsPromoting).setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
			header(body, Messages.factorsHindering).setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
			Map<String, ControlNode> controls = controls(block);
			for (FactorArea area : areas((FactorsBlock) block.element())) {
				ControlNode promoting = controls.get(area.getLiteral() + "Bevorderend");
				ControlNode hindering = controls.get(area.getLiteral() + "Belemmerend");
				if (promoting == null || hindering == null) {
					continue;
				}
				Label title = header(body, title(area));
				title.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
				rowHeaders.add(title);
				titles.add(title(area));
				rows.add(new ControlNode[] { promoting, hindering });
				narrow(cell(body, promoting, promoting.label()).control(), CELL_WIDTH);
				narrow(cell(body, hindering, hindering.label()).control(), CELL_WIDTH);
			}
			stateChanged();
		}

		@Override
		public void stateChanged() {
			super.stateChanged();
			for (int i = 0; i < rows.size(); i++) {
				ControlNode[] row = rows.get(i);
				Label title = rowHeaders.get(i);
				String text = Frames.labelText(titles.get(i), row[0].required() || row[1].required());
				if (!text.equals(title.getText())) {
					title.setText(text);
				}
			}
		}
	}
}
