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
import nl.oppstudio.document.State;
import nl.oppstudio.editor.internal.Texts;
import nl.oppstudio.forms.FormSession;

/** The log of an OPP, read-only, with the result of its check ({@code opp audit}). */
final class LogDialog extends Dialog {

	private static final List<String> COLUMNS = List.of("volgnummer", "tijdstip", "handeling", "van", "naar", "door", "rol",
			"besluit", "opmerking");

	private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

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
			column.getColumn().setText(header(field));
			column.getColumn().setWidth(switch (field) {
			case "opmerking" -> 240;
			case "tijdstip" -> 140;
			case "van", "naar", "rol" -> 130;
			default -> 100;
			});
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return shown(field, ((Lifecycle.Entry) element).get(field));
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

	private static String header(String field) {
		return switch (field) {
		case "volgnummer" -> Messages.logNumber;
		case "tijdstip" -> Messages.logTime;
		case "handeling" -> Messages.logAction;
		case "van" -> Messages.logFrom;
		case "naar" -> Messages.logTo;
		case "door" -> Messages.logBy;
		case "rol" -> Messages.logRole;
		case "besluit" -> Messages.logDecision;
		default -> Messages.logRemark;
		};
	}

	/** A value as a school reads it: the time as dd-mm-jjjj uu:mm in this time zone, a state as in the overview. */
	static String shown(String field, String value) {
		if (value == null) {
			return "";
		}
		try {
			return switch (field) {
			case "tijdstip" -> java.time.OffsetDateTime.parse(value).atZoneSameInstant(java.time.ZoneId.systemDefault())
					.format(TIME);
			case "van", "naar" -> Texts.state(State.of(value));
			default -> value;
			};
		} catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
			return value; // written by hand or by a newer version: shown as it is
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.close, true);
	}
}
