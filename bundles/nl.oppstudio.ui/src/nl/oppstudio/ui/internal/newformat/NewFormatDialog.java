package nl.oppstudio.ui.internal.newformat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.format.dsl.InstalledExamples;
import nl.oppstudio.format.dsl.NewFormats;
import nl.oppstudio.format.model.FormatHeader;
import nl.oppstudio.format.model.SchoolType;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.StudioContext;

/** "Nieuw formaat…": from the base, a format of the folder, a shipped example format or empty; asks id, name, kind and school types. */
public final class NewFormatDialog extends Dialog {

	/** Data values (on {@link WidgetIds#KEY}) of the dialog's widgets, for tests. */
	public static final String ID = "newformat.id", NAME = "newformat.name", KIND = "newformat.kind",
			TYPE = "newformat.type.", FROM_BASE = "newformat.fromBase", FROM_COPY = "newformat.fromCopy",
			FROM_EMPTY = "newformat.fromEmpty", COPY_OF = "newformat.copyOf", PROBLEM = "newformat.problem",
			FROM_EXAMPLE = "newformat.fromExample", EXAMPLE = "newformat.example";

	private final StudioContext context;
	private final Path folder;
	private final List<Path> formats;
	private Text id;
	private Text name;
	private Combo kind;
	private final List<Button> types = new ArrayList<>();
	private Button fromBase;
	private Button fromCopy;
	private Button fromEmpty;
	private Combo copyOf;
	private Button fromExample;
	private Combo example;
	private Label problem;
	private Path written;

	private NewFormatDialog(Shell parent, StudioContext context) {
		super(parent);
		this.context = context;
		this.folder = context.folder();
		this.formats = formatsIn(folder);
	}

	/** Asks and writes the new format into the Studio's folder; its file, or {@code null} when cancelled. */
	public static Path open(StudioContext context) {
		NewFormatDialog dialog = create(context);
		dialog.open();
		return dialog.written();
	}

	/** The dialog, not yet open (for tests, which open it without blocking). */
	public static NewFormatDialog create(StudioContext context) {
		return new NewFormatDialog(context.shell(), context);
	}

	/** The file written, or {@code null} while none is. */
	public Path written() {
		return written;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite grid = new Composite(area, SWT.NONE);
		grid.setLayout(new GridLayout(2, false));
		grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		Group start = new Group(grid, SWT.NONE);
		start.setText(Messages.start);
		start.setLayout(new GridLayout(2, false));
		start.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		fromBase = radio(start, Messages.fromBase, FROM_BASE, 2);
		fromCopy = radio(start, Messages.fromCopy, FROM_COPY, 1);
		copyOf = new Combo(start, SWT.READ_ONLY);
		copyOf.setData(WidgetIds.KEY, COPY_OF);
		copyOf.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (Path format : formats) {
			copyOf.add(format.getFileName().toString());
		}
		if (!formats.isEmpty()) {
			copyOf.select(0);
		}
		fromCopy.setEnabled(!formats.isEmpty());
		createExampleRow(start);
		fromEmpty = radio(start, Messages.fromEmpty, FROM_EMPTY, 2);
		fromBase.setSelection(true);

		label(grid, Messages.id);
		id = new Text(grid, SWT.BORDER);
		id.setData(WidgetIds.KEY, ID);
		id.setMessage(Messages.idHint);
		id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		label(grid, Messages.name);
		name = new Text(grid, SWT.BORDER);
		name.setData(WidgetIds.KEY, NAME);
		name.setMessage(Messages.nameHint);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		label(grid, Messages.kind);
		kind = new Combo(grid, SWT.READ_ONLY);
		kind.setData(WidgetIds.KEY, KIND);
		NewFormats.KINDS.forEach(kind::add);
		kind.select(0);
		label(grid, Messages.schoolTypes);
		Composite typeRow = new Composite(grid, SWT.NONE);
		typeRow.setLayout(new GridLayout(SchoolType.VALUES.size(), false));
		for (SchoolType type : SchoolType.VALUES) {
			Button check = new Button(typeRow, SWT.CHECK);
			check.setText(type.getLiteral());
			check.setData(WidgetIds.KEY, TYPE + type.getLiteral());
			check.setData(SchoolType.class.getName(), type);
			check.addListener(SWT.Selection, event -> validate());
			types.add(check);
		}
		new Label(grid, SWT.NONE);
		Label typesHint = new Label(grid, SWT.WRAP);
		typesHint.setText(Messages.schoolTypesHint);

		problem = new Label(grid, SWT.WRAP);
		problem.setData(WidgetIds.KEY, PROBLEM);
		GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		problemData.widthHint = 480;
		problem.setLayoutData(problemData);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));

		id.addListener(SWT.Modify, event -> validate());
		name.addListener(SWT.Modify, event -> validate());
		kind.addListener(SWT.Selection, event -> validate());
		for (Button button : List.of(fromBase, fromCopy, fromExample, fromEmpty)) {
			button.addListener(SWT.Selection, event -> {
				copyOf.setEnabled(fromCopy.getSelection());
				example.setEnabled(fromExample.getSelection());
				kindOfCopy();
				validate();
			});
		}
		copyOf.addListener(SWT.Selection, event -> {
			kindOfCopy();
			validate();
		});
		copyOf.setEnabled(false);
		example.setEnabled(false);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.create, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
		validate();
	}

	/** "Een voorbeeldformaat:" with the examples the product ships, by name (self-contained: item 15). */
	private void createExampleRow(Composite start) {
		fromExample = radio(start, Messages.fromExample, FROM_EXAMPLE, 1);
		example = new Combo(start, SWT.READ_ONLY);
		example.setData(WidgetIds.KEY, EXAMPLE);
		example.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (String exampleId : InstalledExamples.ids()) {
			example.add(InstalledExamples.name(exampleId));
		}
		example.select(0);
		example.addListener(SWT.Selection, event -> {
			kindOfCopy();
			validate();
		});
	}

	/** A copy keeps the kind of the format it copies, unless the designer chooses another. */
	private void kindOfCopy() {
		if (fromExample.getSelection() && example.getSelectionIndex() >= 0) {
			InstalledExamples.kind(InstalledExamples.ids().get(example.getSelectionIndex()))
					.ifPresent(exampleKind -> kind.select(NewFormats.KINDS.indexOf(exampleKind)));
			return;
		}
		if (!fromCopy.getSelection() || copyOf.getSelectionIndex() < 0) {
			return;
		}
		try {
			java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?m)^\\s*soort\\s+([\\w-]+)")
					.matcher(Files.readString(formats.get(copyOf.getSelectionIndex()), StandardCharsets.UTF_8));
			if (matcher.find() && NewFormats.KINDS.contains(matcher.group(1))) {
				kind.select(NewFormats.KINDS.indexOf(matcher.group(1)));
			}
		} catch (IOException e) {
			// the kind stays as chosen; writing the copy reports the unreadable file
		}
	}

	private static Button radio(Composite parent, String text, String key, int span) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.setData(WidgetIds.KEY, key);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, span, 1));
		return button;
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	/** Checks what is filled in, live: the first problem shows under the fields and the button waits. */
	private Optional<String> validate() {
		if (id == null || problem == null || problem.isDisposed()) {
			return Optional.empty();
		}
		Optional<String> found = id.getText().isEmpty() && name.getText().isEmpty() ? Optional.of(Messages.fillIn)
				: NewFormats.checkId(id.getText().strip(), folder).or(() -> NewFormats.checkSpec(spec()));
		problem.setText(found.orElse(""));
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(found.isEmpty());
		}
		return found;
	}

	private NewFormats.Spec spec() {
		List<SchoolType> chosen = new ArrayList<>();
		for (Button check : types) {
			if (check.getSelection()) {
				chosen.add((SchoolType) check.getData(SchoolType.class.getName()));
			}
		}
		return new NewFormats.Spec(id.getText().strip(), name.getText().strip(), kind.getText(), chosen);
	}

	@Override
	protected void okPressed() {
		if (validate().isPresent()) {
			return;
		}
		try {
			NewFormats.Start start;
			if (fromCopy.getSelection() && copyOf.getSelectionIndex() >= 0) {
				Path source = formats.get(copyOf.getSelectionIndex());
				start = new NewFormats.Copy(source, Files.readString(source, StandardCharsets.UTF_8));
			} else if (fromExample.getSelection() && example.getSelectionIndex() >= 0) {
				start = new NewFormats.Example(InstalledExamples.ids().get(example.getSelectionIndex()));
			} else if (fromEmpty.getSelection()) {
				start = new NewFormats.Empty();
			} else {
				start = new NewFormats.Base();
			}
			written = NewFormats.write(folder, start, spec());
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(getShell(), Messages.title, NLS.bind(Messages.cannotWrite,
					e instanceof IllegalArgumentException ? e.getMessage() : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
			return;
		}
		context.refresh();
		super.okPressed();
	}

	/** The folder's formats to copy, by file name; the legal minimum itself is the first start. */
	private static List<Path> formatsIn(Path folder) {
		try (var files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith("." + FormatHeader.EXTENSION))
					.filter(f -> FormatHeader.read(f).map(h -> !NewFormats.BASE_ID.equals(h.id())).orElse(false))
					.sorted().toList();
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
