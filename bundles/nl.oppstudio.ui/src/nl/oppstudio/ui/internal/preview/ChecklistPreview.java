package nl.oppstudio.ui.internal.preview;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.oppstudio.format.dsl.ChecklistLinks;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.rules.Checklist;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.StudioContext;

/**
 * The "Checklist" tab: the score on the Handreiking's 15 points, as {@code opp check-format --checklist}
 * gives it, each point with its verdict and the member it is about; a click shows that member in the text.
 */
final class ChecklistPreview {

	private final Composite content;
	private final StudioContext context;
	private final Label score;
	private final Table table;
	private List<ChecklistLinks.Link> links = List.of();

	ChecklistPreview(Composite content, StudioContext context) {
		this.content = content;
		this.context = context;
		content.setLayout(new GridLayout(1, false));
		score = new Label(content, SWT.NONE);
		score.setData(WidgetIds.KEY, PreviewIds.CHECKLIST_SCORE);
		score.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Label hint = new Label(content, SWT.WRAP);
		hint.setText(Messages.checklistHint);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new Table(content, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setData(WidgetIds.KEY, PreviewIds.CHECKLIST_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column(Messages.checklistNumber, 40);
		// the verdict before the point: in the narrow preview the number, the verdict and the point show
		column(Messages.checklistVerdict, 110);
		column(Messages.checklistQuestion, 260);
		column(Messages.checklistMember, 180);
		column(Messages.checklistReason, 420);
		table.addListener(SWT.Selection, event -> reveal(table.getSelectionIndex()));
		table.addListener(SWT.DefaultSelection, event -> reveal(table.getSelectionIndex()));
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		column.setWidth(width);
	}

	void show(Path file, Format format) {
		ChecklistLinks.Result result;
		try {
			result = ChecklistLinks.of(format);
		} catch (RuntimeException e) {
			return; // a text the checklist cannot judge yet: the last score stays
		}
		links = result.links();
		score.setText(NLS.bind(Messages.checklistScore, result.score(), result.max()));
		int selected = table.getSelectionIndex();
		table.setRedraw(false);
		try {
			table.setItemCount(links.size());
			for (int i = 0; i < links.size(); i++) {
				ChecklistLinks.Link link = links.get(i);
				Checklist.Item item = link.item();
				TableItem row = table.getItem(i);
				row.setText(new String[] { Integer.toString(item.number()), item.status().label(), item.question(),
						link.hasPlace() ? link.memberLabel() : "", item.reason() == null ? "" : item.reason() });
				row.setForeground(1, content.getDisplay().getSystemColor(item.status() == Checklist.Status.MET
						? SWT.COLOR_DARK_GREEN : item.status() == Checklist.Status.NOT_MET ? SWT.COLOR_DARK_RED
								: SWT.COLOR_DARK_GRAY));
			}
			if (selected >= 0 && selected < links.size()) {
				table.setSelection(selected);
			}
		} finally {
			table.setRedraw(true);
		}
		fitColumns();
		content.layout(true);
	}

	/**
	 * The verdict, the point and its place as wide as their texts (a narrow pane scrolls sideways to the
	 * reason): "niet te beoordelen" and the points' questions were cut off at fixed widths. Measured, not
	 * packed.
	 */
	private void fitColumns() {
		GC gc = new GC(table);
		try {
			for (int column = 1; column <= 3; column++) {
				int width = gc.textExtent(table.getColumn(column).getText()).x;
				for (TableItem row : table.getItems()) {
					width = Math.max(width, gc.textExtent(row.getText(column)).x);
				}
				table.getColumn(column).setWidth(width + 20);
			}
		} finally {
			gc.dispose();
		}
	}

	/** Shows the member of the point in row {@code index} in the format's text, if it has one. */
	void reveal(int index) {
		if (index < 0 || index >= links.size()) {
			return;
		}
		ChecklistLinks.Link link = links.get(index);
		if (link.hasPlace()) {
			context.reveal(link.file(), link.offset(), link.length());
		}
	}

	void clear() {
		links = List.of();
		score.setText("");
		table.removeAll();
	}
}
