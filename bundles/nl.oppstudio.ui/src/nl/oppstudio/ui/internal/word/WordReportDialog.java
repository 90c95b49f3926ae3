package nl.oppstudio.ui.internal.word;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.importer.word.ReportEntry;
import nl.oppstudio.ui.WidgetIds;

/**
 * The report of "Formaat uit Word…": one row per paragraph and table of the Word file with what it became
 * (or why it was skipped), a count, and where the to-do list is. Modeless, so that the designer can keep it
 * open beside the draft.
 */
public final class WordReportDialog extends Dialog {

	/** Data values (on {@link WidgetIds#KEY}) of its widgets, for tests. */
	public static final String SHELL = "word.report", TABLE = "word.report.table", SUMMARY = "word.report.summary",
			TODO = "word.report.todo";

	private final Path word;
	private final Path draft;
	private final List<ReportEntry> report;
	private final List<Diagnostic> todo;

	WordReportDialog(Shell parent, Path word, Path draft, List<ReportEntry> report, List<Diagnostic> todo) {
		super(parent);
		this.word = word;
		this.draft = draft;
		this.report = report;
		this.todo = todo;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
	}

	/** The draft this report is of. */
	public Path draft() {
		return draft;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.reportTitle, word.getFileName()));
		shell.setData(WidgetIds.KEY, SHELL);
	}

	@Override
	protected Point getInitialSize() {
		return new Point(900, 620);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.reportIntro, word.getFileName(), draft.getFileName()));
		intro.setLayoutData(wide());
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(WidgetIds.KEY, TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 400;
		table.setLayoutData(tableData);
		String[] titles = { Messages.columnWhere, Messages.columnText, Messages.columnBecame };
		int[] widths = { 175, 245, 430 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		Color grey = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		for (ReportEntry entry : report) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { entry.where(), entry.excerpt(), entry.result() });
			item.setData(entry);
			if (entry.outcome() == ReportEntry.Outcome.SKIPPED) {
				item.setForeground(grey);
			}
		}
		Label summary = new Label(area, SWT.WRAP);
		summary.setData(WidgetIds.KEY, SUMMARY);
		summary.setText(NLS.bind(Messages.reportSummary, new Object[] { count(ReportEntry.Outcome.FIELD),
				count(ReportEntry.Outcome.TABLE), count(ReportEntry.Outcome.RECOGNISED), count(ReportEntry.Outcome.SKIPPED) }));
		summary.setLayoutData(wide());
		Label next = new Label(area, SWT.WRAP);
		next.setData(WidgetIds.KEY, TODO);
		next.setText(todo.isEmpty() ? Messages.reportNothingToDo : NLS.bind(Messages.reportToDo, todo.size()));
		next.setLayoutData(wide());
		return area;
	}

	private static GridData wide() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 820;
		return data;
	}

	private long count(ReportEntry.Outcome outcome) {
		return report.stream().filter(e -> e.outcome() == outcome).count();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.close, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
			return;
		}
		super.buttonPressed(buttonId);
	}
}
