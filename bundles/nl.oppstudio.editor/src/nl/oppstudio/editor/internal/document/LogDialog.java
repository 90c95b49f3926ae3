package nl.oppstudio.editor.internal.document;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.forms.FormSession;

/** The log of an OPP, read-only, with the result of its check ({@code opp audit}). */
final class LogDialog extends Dialog {

	private static final List<String> COLUMNS = List.of("volgnummer", "tijdstip", "handeling", "van", "naar", "door", "rol",
			"besluit", "opmerking");

	private final FormSession session;

	private LogDialog(Shell parent, FormSession session) {
		super(parent);
		this.session = session;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	static void open(Shell parent, FormSession session) {
		new LogDialog(parent, session).open();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.logTitle, session.document().pupilName()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		List<Diagnostic> problems = Lifecycle.verify(session.document(), session.file());
		Label verdict = new Label(area, SWT.WRAP);
		verdict.setText(problems.isEmpty() ? Messages.logIntact
				: NLS.bind(Messages.logBroken, String.join("\n", problems.stream().map(Diagnostic::message).toList())));
		verdict.setForeground(area.getDisplay().getSystemColor(problems.isEmpty() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
		verdict.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		TableViewer viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		for (String field : COLUMNS) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
			column.getColumn().setText(field);
			column.getColumn().setWidth(field.equals("opmerking") ? 260 : field.equals("tijdstip") ? 170 : 100);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String value = ((Lifecycle.Entry) element).get(field);
					return value == null ? "" : value;
				}
			});
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(Lifecycle.entries(session.document()));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 300;
		data.widthHint = 1000;
		viewer.getTable().setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.close, true);
	}
}
