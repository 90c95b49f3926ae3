package nl.oppstudio.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.NewDocuments;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.SchoolType;

/**
 * "Nieuw OPP": the pupil's name, the format (only asked when the folder has several) and the school
 * type; makes the document as {@code opp new} does and saves it under a new name in the folder.
 */
public final class NewDocumentDialog extends TitleAreaDialog {

	/** The longest pupil name we accept (the formats' name fields take 100 characters). */
	static final int MAX_NAME = 100;

	private final Path folder;
	private final FormatResolver formats;
	private List<Format> choices = List.of();
	private Text pupil;
	private Combo format;
	private Combo schoolType;
	private List<String> schoolTypeCodes = List.of();
	private Path created;
	private String pupilName = "";

	private final List<Path> installed;

	public NewDocumentDialog(Shell parent, Path folder, FormatResolver formats) {
		this(parent, folder, formats, List.of());
	}

	/** As above, also offering the installed formats ({@code installed}: their format files) the folder does not have. */
	public NewDocumentDialog(Shell parent, Path folder, FormatResolver formats, List<Path> installed) {
		super(parent);
		this.folder = folder;
		this.formats = formats;
		this.installed = List.copyOf(installed);
	}

	/** The document written, after OK; {@code null} before. */
	public Path created() {
		return created;
	}

	/** The pupil's name as entered, after OK. */
	public String pupil() {
		return pupilName;
	}

	/**
	 * The formats a new document of this folder can use: the newest version of each, not a base, of a
	 * kind that documents are filled in for, and readable without errors.
	 */
	public static List<Format> choices(Path folder, FormatResolver formats) {
		return choices(folder, formats, List.of());
	}

	/**
	 * As {@link #choices(Path, FormatResolver)}, and the installed formats (the format files of their active
	 * versions): one the folder has no format of, or a newer version than the folder's.
	 */
	public static List<Format> choices(Path folder, FormatResolver formats, List<Path> installed) {
		List<Format> result = new ArrayList<>(inFolder(folder, formats));
		for (Path file : installed) {
			FormatResolver.CheckedFormat checked = formats.read(file);
			if (!checked.usable() || !NewDocuments.forDocuments(checked.format())) {
				continue;
			}
			Format own = checked.format();
			Format same = result.stream().filter(f -> f.getId().equals(own.getId())).findFirst().orElse(null);
			if (same == null) {
				result.add(own);
			} else if (nl.oppstudio.update.internal.Versions.compare(own.getVersion(), same.getVersion()) > 0) {
				result.set(result.indexOf(same), own);
			}
		}
		Collator names = Collator.getInstance(Locale.forLanguageTag("nl"));
		result.sort(Comparator.comparing(Texts::format, names));
		return result;
	}

	private static List<Format> inFolder(Path folder, FormatResolver formats) {
		List<Format> result = new ArrayList<>();
		try {
			for (Path file : NewDocuments.formatFiles(folder)) {
				FormatResolver.CheckedFormat checked = formats.read(file);
				if (checked.usable() && NewDocuments.forDocuments(checked.format())) {
					result.add(checked.format());
				}
			}
		} catch (IOException e) {
			// an unreadable folder offers no formats: the dialog says so
		}
		return result;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.newTitle);
		Widgets.id(shell, EditorIds.NEW_DIALOG);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		BusyIndicator.showWhile(parent.getDisplay(), () -> choices = choices(folder, formats, installed));
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.newTitle);
		setMessage(NLS.bind(Messages.newMessage, folder.getFileName() == null ? folder : folder.getFileName()));
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 12;
		layout.marginHeight = 12;
		layout.verticalSpacing = 8;
		fields.setLayout(layout);

		label(fields, Messages.newPupil);
		pupil = Widgets.named(Widgets.id(new Text(fields, SWT.BORDER | SWT.SINGLE), EditorIds.NEW_PUPIL), Messages.newPupil);
		pupil.setTextLimit(MAX_NAME + 20);
		pupil.setLayoutData(wide());
		pupil.addListener(SWT.Modify, e -> check(false));

		label(fields, Messages.newFormat);
		format = Widgets.named(Widgets.id(new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN), EditorIds.NEW_FORMAT),
				Messages.newFormat);
		format.setLayoutData(wide());
		for (Format choice : choices) {
			format.add(Texts.format(choice));
		}
		if (!choices.isEmpty()) {
			format.select(0);
		}
		// One format: shown, nothing to choose.
		format.setEnabled(choices.size() > 1);
		format.addListener(SWT.Selection, e -> {
			fillSchoolTypes();
			check(false);
		});

		label(fields, Messages.newSchoolType);
		schoolType = Widgets.named(Widgets.id(new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN), EditorIds.NEW_SCHOOL_TYPE),
				Messages.newSchoolType);
		schoolType.setLayoutData(wide());
		schoolType.addListener(SWT.Selection, e -> check(false));
		fillSchoolTypes();
		pupil.setFocus();
		return area;
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
	}

	private static GridData wide() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 540;
		return data;
	}

	private Format chosen() {
		int index = format == null ? -1 : format.getSelectionIndex();
		return index >= 0 && index < choices.size() ? choices.get(index) : null;
	}

	/** The school types of the chosen format; preselected when there is only one. */
	private void fillSchoolTypes() {
		Format chosen = chosen();
		schoolType.removeAll();
		List<String> codes = new ArrayList<>();
		if (chosen != null) {
			for (SchoolType type : chosen.getSchoolTypes()) {
				codes.add(type.getLiteral());
				schoolType.add(Texts.schoolType(type.getLiteral()));
			}
		}
		schoolTypeCodes = List.copyOf(codes);
		if (codes.size() == 1) {
			schoolType.select(0);
		}
		schoolType.setEnabled(!codes.isEmpty());
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.newCreate, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.newCancel, false);
		check(false);
	}

	/** What is wrong with the input, shown in the dialog; {@code null} when the OPP can be made. */
	private String check(boolean trying) {
		String problem = problem();
		// While typing, a message appears only for what typing cannot fix, or replaces one shown already.
		boolean quiet = !trying && getErrorMessage() == null && !Messages.newNoFormat.equals(problem)
				&& (problem == null || !problem.startsWith(NLS.bind(Messages.newNameTooLong, MAX_NAME)));
		setErrorMessage(quiet ? null : problem);
		return problem;
	}

	private String problem() {
		if (choices.isEmpty()) {
			return Messages.newNoFormat;
		}
		String name = pupil == null ? "" : pupil.getText().strip();
		if (name.isEmpty()) {
			return Messages.newNameEmpty;
		}
		if (name.length() > MAX_NAME) {
			return NLS.bind(Messages.newNameTooLong, MAX_NAME);
		}
		if (!schoolTypeCodes.isEmpty() && schoolType.getSelectionIndex() < 0) {
			return Messages.newChooseSchoolType;
		}
		return null;
	}

	@Override
	protected void okPressed() {
		if (check(true) != null) {
			return;
		}
		String name = pupil.getText().strip();
		int type = schoolType.getSelectionIndex();
		OppDocument document = NewDocuments.create(chosen(), name, type < 0 ? null : schoolTypeCodes.get(type));
		try {
			created = NewDocuments.save(document, folder, name);
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.newCannotSave, e.getMessage()));
			return;
		}
		pupilName = name;
		super.okPressed();
	}
}
