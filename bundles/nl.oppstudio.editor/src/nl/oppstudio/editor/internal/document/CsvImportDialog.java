package nl.oppstudio.editor.internal.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.CsvImport;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.NewDocuments;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.editor.EditorContext;
import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.SchoolType;
import nl.oppstudio.forms.internal.Frames;

/**
 * OPPs for several pupils at once from a CSV export of the school's administration system, as
 * {@code opp import-csv} makes them: the columns mapped once to the format's fields (proposed by their
 * {@code wet} tag or label), each pupil a concept document in the folder. Nothing is overwritten.
 */
public final class CsvImportDialog extends Dialog {

	public static final String DIALOG = "editor.csv", FORMAT = "editor.csv.format", SCHOOL_TYPE = "editor.csv.schoolType",
			COLUMN_PREFIX = "editor.csv.column.", ERROR = "editor.csv.error";

	private final EditorContext context;
	private final CsvImport.Table table;
	private final List<FormatResolver.CheckedFormat> formats = new ArrayList<>();
	private Combo formatCombo;
	private Combo schoolTypeCombo;
	/** The codes of the school types offered (po, so …), in the order of the combo's labels. */
	private final List<String> schoolTypes = new ArrayList<>();
	private Composite columns;
	private final List<Combo> columnCombos = new ArrayList<>();
	private List<Leaf> targets = List.of();
	private Label error;
	private List<CsvImport.Written> written = List.of();
	private String report = "";

	private CsvImportDialog(Shell parent, EditorContext context, CsvImport.Table table) {
		super(parent);
		this.context = context;
		this.table = table;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Asks for the CSV file (unless given), then opens the dialog; returns the files written. */
	public static List<CsvImport.Written> run(Shell shell, EditorContext context, Path csv) {
		Path file = csv;
		if (file == null) {
			FileDialog chooser = new FileDialog(shell, SWT.OPEN);
			chooser.setText(Messages.csvChoose);
			chooser.setFilterExtensions(new String[] { "*.csv;*.txt", "*.*" });
			chooser.setFilterPath(context.folder().toString());
			String chosen = chooser.open();
			if (chosen == null) {
				return List.of();
			}
			file = Path.of(chosen);
		}
		CsvImport.Table table;
		try {
			table = CsvImport.read(file);
		} catch (DocumentException e) {
			MessageDialog.openError(shell, Messages.csvTitle, nl.oppstudio.editor.internal.Texts.problem(e.diagnostic()));
			return List.of();
		}
		CsvImportDialog dialog = new CsvImportDialog(shell, context, table);
		if (dialog.open() == OK) {
			MessageDialog.openInformation(shell, Messages.csvTitle, dialog.report);
		}
		return dialog.written;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.csvDialogTitle, table.file().getFileName()));
		shell.setData(EditorIds.KEY, DIALOG);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.csvIntro, table.rows().size(), table.headers().size()));
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		introData.widthHint = 560;
		intro.setLayoutData(introData);
		new Label(area, SWT.NONE).setText(Messages.csvFormat);
		formatCombo = new Combo(area, SWT.READ_ONLY);
		formatCombo.setData(EditorIds.KEY, FORMAT);
		Frames.accessibleName(formatCombo, Messages.csvFormat);
		try {
			for (Path file : NewDocuments.formatFiles(context.folder())) {
				FormatResolver.CheckedFormat checked = context.formats().read(file);
				if (checked.usable() && NewDocuments.forDocuments(checked.format())) {
					formats.add(checked);
					formatCombo.add(checked.format().getName() + " (" + checked.format().getVersion() + ")");
				}
			}
		} catch (IOException e) {
			// no formats: said below
		}
		new Label(area, SWT.NONE).setText(Messages.csvSchoolType);
		schoolTypeCombo = new Combo(area, SWT.READ_ONLY);
		schoolTypeCombo.setData(EditorIds.KEY, SCHOOL_TYPE);
		Frames.accessibleName(schoolTypeCombo, Messages.csvSchoolType);
		Label mapping = new Label(area, SWT.WRAP);
		mapping.setText(Messages.csvMapping);
		mapping.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		columns = new Composite(area, SWT.NONE);
		columns.setLayout(new GridLayout(2, false));
		columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		error = new Label(area, SWT.WRAP);
		error.setData(EditorIds.KEY, ERROR);
		error.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
		error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		formatCombo.addListener(SWT.Selection, event -> formatChosen());
		if (!formats.isEmpty()) {
			formatCombo.select(0);
			formatChosen();
		} else {
			error.setText(Messages.csvNoFormat);
		}
		return area;
	}

	private void formatChosen() {
		Format format = formats.get(formatCombo.getSelectionIndex()).format();
		schoolTypeCombo.removeAll();
		schoolTypes.clear();
		for (SchoolType type : format.getSchoolTypes()) {
			schoolTypes.add(type.getLiteral());
			schoolTypeCombo.add(nl.oppstudio.editor.internal.Texts.schoolType(type.getLiteral()));
		}
		if (schoolTypeCombo.getItemCount() > 0) {
			schoolTypeCombo.select(0);
		}
		DocumentSchema schema = DocumentSchema.of(format);
		targets = CsvImport.targets(schema);
		CsvImport.Mapping proposed = CsvImport.proposeMapping(table, schema);
		for (Control child : columns.getChildren()) {
			child.dispose();
		}
		columnCombos.clear();
		for (String header : table.headers()) {
			new Label(columns, SWT.NONE).setText(header);
			Combo combo = new Combo(columns, SWT.READ_ONLY);
			combo.setData(EditorIds.KEY, COLUMN_PREFIX + header);
			Frames.accessibleName(combo, header);
			combo.add(Messages.csvUnused);
			for (Leaf leaf : targets) {
				combo.add(leaf.label() + "  (" + leaf.path() + ")");
			}
			String path = proposed.path(header);
			int index = 0;
			for (int i = 0; i < targets.size(); i++) {
				if (targets.get(i).path().equals(path)) {
					index = i + 1;
				}
			}
			combo.select(index);
			columnCombos.add(combo);
		}
		columns.requestLayout();
		getShell().pack();
	}

	private CsvImport.Mapping mapping() {
		CsvImport.Mapping mapping = new CsvImport.Mapping(java.util.Map.of());
		for (int i = 0; i < table.headers().size(); i++) {
			int index = columnCombos.get(i).getSelectionIndex();
			if (index > 0) {
				mapping = mapping.with(table.headers().get(i), targets.get(index - 1).path());
			}
		}
		return mapping;
	}

	@Override
	protected void okPressed() {
		if (formats.isEmpty()) {
			return;
		}
		Format format = formats.get(formatCombo.getSelectionIndex()).format();
		CsvImport.Mapping mapping = mapping();
		List<String> wrong = CsvImport.check(table, mapping, DocumentSchema.of(format));
		if (!wrong.isEmpty()) {
			error.setText(String.join("\n", wrong));
			error.requestLayout();
			return;
		}
		String schoolType = schoolTypeCombo.getSelectionIndex() < 0 ? null : schoolTypes.get(schoolTypeCombo.getSelectionIndex());
		CsvImport.Created created = CsvImport.create(table, mapping, format, schoolType);
		try {
			written = CsvImport.write(created.pupils(), context.folder());
		} catch (IOException e) {
			error.setText(NLS.bind(Messages.csvWriteFailed, e.getMessage()));
			error.requestLayout();
			return;
		}
		StringBuilder report = new StringBuilder(NLS.bind(Messages.csvDone, written.size()));
		for (Diagnostic problem : created.problems()) {
			report.append('\n').append(problem.message());
		}
		context.refreshOverview();
		this.report = report.toString();
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.csvCreate, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
	}
}
