package nl.oppstudio.ui.internal.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.generator.EditorGenerator;
import nl.oppstudio.generator.EditorGenerator.Platform;
import nl.oppstudio.generator.GenerateException;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.StudioContext;

/**
 * "Editor publiceren…": the branding (name, logo, about text), where the installed editors look for
 * updates, the output folder and the platforms; "Genereren" runs {@link Generation} off the UI thread with
 * its steps shown, then a page lists the written files with their sizes and "Map openen". Problems with the
 * input and failures are shown in Dutch in the line below the form.
 */
public final class PublishEditorDialog extends Dialog {

	/** The time in the files without {@code SOURCE_DATE_EPOCH}, as on the command line (GenerateCommand). */
	private static final Instant DEFAULT_TIME = Instant.parse("2000-01-01T00:00:00Z");
	private static final Pattern HEADER = Pattern.compile("formaat\\s+\"([^\"]*)\"\\s+\"([^\"]*)\"");

	private final Path format;
	private final Generation generation;
	private final Map<Platform, Button> platforms = new EnumMap<>(Platform.class);
	private Text name;
	private Text logo;
	private Text about;
	private Text updates;
	private Text output;
	private Label message;
	private ProgressBar progress;
	private Composite pages;
	private Composite form;
	private Composite result;
	private Label resultTitle;
	private Table files;
	private Path written;
	private boolean busy;

	/** The dialog for {@code format} (a saved format file), generating with {@code generation}. */
	public PublishEditorDialog(Shell parent, Path format, Generation generation) {
		super(parent);
		this.format = format;
		this.generation = generation;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** "Editor publiceren…" from the Studio's menu: saves the editors, then the dialog on the active format. */
	public static void open(StudioContext context) {
		Optional<Path> active = context.activeFormat();
		String title = Messages.action.replace("&", "").replace("…", "");
		if (active.isEmpty()) {
			MessageDialog.openInformation(context.shell(), title, Messages.noActiveFormat);
			return;
		}
		if (!context.saveAll()) {
			MessageDialog.openError(context.shell(), title, Messages.saveFailed);
			return;
		}
		new PublishEditorDialog(context.shell(), active.get(), Generation.installed()).open();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.title, format.getFileName()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		pages = new Composite(area, SWT.NONE);
		StackLayout stack = new StackLayout();
		pages.setLayout(stack);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
		form = createForm(pages);
		result = createResult(pages);
		stack.topControl = form;
		message = new Label(area, SWT.WRAP);
		message.setData(WidgetIds.KEY, PublishIds.MESSAGE);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(message);
		progress = new ProgressBar(area, SWT.INDETERMINATE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		progress.setVisible(false);
		return area;
	}

	private Composite createForm(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
		Label intro = new Label(page, SWT.WRAP);
		intro.setText(Messages.intro);
		GridDataFactory.fillDefaults().span(3, 1).hint(600, SWT.DEFAULT).grab(true, false).applyTo(intro);
		name = text(page, Messages.name, PublishIds.NAME, null, SWT.BORDER);
		name.setText(Messages.namePrefix + formatName());
		new Label(page, SWT.NONE);
		logo = text(page, Messages.logo, PublishIds.LOGO, Messages.logoHint, SWT.BORDER);
		browse(page, () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setText(Messages.chooseLogo);
			dialog.setFilterExtensions(new String[] { "*.png", "*.*" });
			dialog.setFilterPath(format.toAbsolutePath().getParent().toString());
			return dialog.open();
		}, logo);
		about = text(page, Messages.about, PublishIds.ABOUT, Messages.aboutHint, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 60).applyTo(about);
		new Label(page, SWT.NONE);
		updates = text(page, Messages.updates, PublishIds.UPDATES, Messages.updatesHint, SWT.BORDER);
		browse(page, () -> folderDialog(updates.getText()), updates);
		output = text(page, Messages.output, PublishIds.OUTPUT, null, SWT.BORDER);
		output.setText(format.toAbsolutePath().getParent().resolve("uitgave").toString());
		browse(page, () -> folderDialog(output.getText()), output);
		new Label(page, SWT.NONE).setText(Messages.platforms);
		Composite boxes = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(16, 0).applyTo(boxes);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(boxes);
		for (Platform platform : Platform.values()) {
			Button box = new Button(boxes, SWT.CHECK);
			box.setText(switch (platform) {
			case LINUX_X86_64 -> Messages.platformLinux;
			case WINDOWS_X86_64 -> Messages.platformWindows;
			case MACOS_AARCH64 -> Messages.platformMac;
			});
			box.setSelection(true);
			box.setData(WidgetIds.KEY, PublishIds.PLATFORM + platform.label());
			platforms.put(platform, box);
		}
		return page;
	}

	private Composite createResult(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		resultTitle = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(resultTitle);
		Button open = new Button(page, SWT.PUSH);
		open.setText(Messages.openFolder);
		open.setData(WidgetIds.KEY, PublishIds.OPEN_FOLDER);
		open.addListener(SWT.Selection, e -> openFolder());
		files = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		files.setData(WidgetIds.KEY, PublishIds.FILES);
		files.setHeaderVisible(true);
		new TableColumn(files, SWT.LEFT).setText(Messages.columnFile);
		new TableColumn(files, SWT.RIGHT).setText(Messages.columnSize);
		files.getColumn(0).setWidth(480);
		files.getColumn(1).setWidth(110);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 200).applyTo(files);
		return page;
	}

	private static Text text(Composite page, String label, String id, String hint, int style) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, style);
		text.setData(WidgetIds.KEY, id);
		if (hint != null) {
			text.setMessage(hint);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static void browse(Composite page, java.util.function.Supplier<String> choose, Text into) {
		Button button = new Button(page, SWT.PUSH);
		button.setText(Messages.browse);
		button.addListener(SWT.Selection, e -> {
			String chosen = choose.get();
			if (chosen != null) {
				into.setText(chosen);
			}
		});
	}

	private String folderDialog(String current) {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText(Messages.chooseFolder);
		dialog.setFilterPath(current.isBlank() ? format.toAbsolutePath().getParent().toString() : current);
		return dialog.open();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button generate = createButton(parent, IDialogConstants.OK_ID, Messages.generate, true);
		generate.setData(WidgetIds.KEY, PublishIds.GENERATE);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
		String unavailable = generation.unavailable();
		if (unavailable != null) {
			generate.setEnabled(false);
			showMessage(unavailable, true);
		}
	}

	/** The format's name from its head ({@code formaat "id" "Naam"}), else its file name. */
	private String formatName() {
		try {
			Matcher header = HEADER.matcher(Files.readString(format, StandardCharsets.UTF_8));
			if (header.find() && !header.group(2).isBlank()) {
				return header.group(2).strip();
			}
		} catch (IOException | RuntimeException e) {
			// the file name below
		}
		String file = format.getFileName().toString();
		return file.endsWith(".oppformat") ? file.substring(0, file.length() - ".oppformat".length()) : file;
	}

	/** "Genereren": checks the input, then generates in the background. */
	@Override
	protected void okPressed() {
		if (busy) {
			return;
		}
		EditorGenerator.Request request;
		try {
			request = request();
		} catch (IllegalArgumentException e) {
			showMessage(e.getMessage(), true);
			return;
		}
		busy = true;
		setFormEnabled(false);
		progress.setVisible(true);
		showMessage(Messages.busy, false);
		Display display = getShell().getDisplay();
		Thread thread = new Thread(() -> {
			try {
				EditorGenerator.Result done = generation.generate(request,
						step -> ui(display, () -> showMessage(step, false)));
				ui(display, () -> succeeded(request.output(), done));
			} catch (GenerateException e) {
				ui(display, () -> failed(e.getMessage()));
			} catch (RuntimeException e) {
				// unexpected: the whole detail to the log (stderr), the user a Dutch message naming the folder
				System.err.println("OPP Studio: editor publiceren in " + request.output() + ": " + e);
				e.printStackTrace();
				String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
				ui(display, () -> failed(NLS.bind(Messages.unexpected, request.output(), detail)));
			}
		}, "OPP Studio: editor publiceren");
		thread.setDaemon(true);
		thread.start();
	}

	/** The request from the form; an IllegalArgumentException with a Dutch message when input is wrong. */
	EditorGenerator.Request request() {
		String brandName = name.getText().strip();
		if (brandName.isEmpty()) {
			throw new IllegalArgumentException(Messages.needName);
		}
		Path logoFile = null;
		if (!logo.getText().isBlank()) {
			logoFile = format.toAbsolutePath().getParent().resolve(logo.getText().strip());
			if (!Files.isRegularFile(logoFile)) {
				throw new IllegalArgumentException(NLS.bind(Messages.badLogo, logo.getText().strip()));
			}
		}
		String aboutText = about.getText().strip();
		URI location = updateLocation(updates.getText().strip());
		if (output.getText().isBlank()) {
			throw new IllegalArgumentException(Messages.needOutput);
		}
		Path out = format.toAbsolutePath().getParent().resolve(output.getText().strip()).normalize();
		Set<Platform> chosen = EnumSet.noneOf(Platform.class);
		platforms.forEach((platform, box) -> {
			if (box.getSelection()) {
				chosen.add(platform);
			}
		});
		if (chosen.isEmpty()) {
			throw new IllegalArgumentException(Messages.needPlatform);
		}
		return new EditorGenerator.Request(format.toAbsolutePath(), out,
				new EditorGenerator.Branding(brandName, logoFile, aboutText.isEmpty() ? null : aboutText), location, chosen,
				timestamp());
	}

	/** http(s) as given; a folder (absolute, existing) as its file: URI; blank as {@code null}. */
	private static URI updateLocation(String text) {
		if (text.isEmpty()) {
			return null;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			try {
				URI uri = new URI(text);
				if (uri.getHost() != null) {
					return uri;
				}
			} catch (java.net.URISyntaxException e) {
				// the message below
			}
			throw new IllegalArgumentException(NLS.bind(Messages.badUpdates, text));
		}
		try {
			Path folder = lower.startsWith("file:") ? Path.of(URI.create(text)) : Path.of(text);
			if (folder.isAbsolute() && Files.isDirectory(folder)) {
				return folder.toUri();
			}
		} catch (IllegalArgumentException e) { // also InvalidPathException
			// the message below
		}
		throw new IllegalArgumentException(NLS.bind(Messages.badUpdates, text));
	}

	/**
	 * The time written into every file, as {@code opp generate} takes it: {@code SOURCE_DATE_EPOCH} when set,
	 * else 1 January 2000; so the dialog and the command line make the same files of the same input.
	 */
	private static Instant timestamp() {
		String epoch = System.getenv("SOURCE_DATE_EPOCH");
		if (epoch != null && !epoch.isBlank()) {
			try {
				return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
			} catch (NumberFormatException e) {
				// the default below
			}
		}
		return DEFAULT_TIME;
	}

	private void succeeded(Path folder, EditorGenerator.Result done) {
		busy = false;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		written = folder;
		progress.setVisible(false);
		showMessage("", false);
		resultTitle.setText(NLS.bind(Messages.done, folder));
		files.removeAll();
		NumberFormat sizes = NumberFormat.getIntegerInstance(Locale.of("nl", "NL"));
		for (Path file : writtenFiles(folder, done)) {
			TableItem item = new TableItem(files, SWT.NONE);
			item.setText(new String[] { folder.relativize(file).toString(), size(file, sizes) });
		}
		((StackLayout) pages.getLayout()).topControl = result;
		pages.layout(true, true);
		getButton(IDialogConstants.OK_ID).setVisible(false);
		getButton(IDialogConstants.CANCEL_ID).setText(Messages.close);
		getButton(IDialogConstants.CANCEL_ID).getParent().layout(true);
	}

	/** The format bundle, the archives, and the repository's files, in that order. */
	private static List<Path> writtenFiles(Path folder, EditorGenerator.Result done) {
		List<Path> list = new ArrayList<>();
		if (done.formatBundle() != null) {
			list.add(done.formatBundle());
		}
		done.archives().values().stream().sorted().forEach(list::add);
		if (done.repository() != null && Files.isDirectory(done.repository())) {
			try (Stream<Path> walk = Files.walk(done.repository())) {
				walk.filter(Files::isRegularFile).sorted().forEach(list::add);
			} catch (IOException e) {
				list.add(done.repository());
			}
		}
		return list.stream().map(p -> p.isAbsolute() ? p : folder.resolve(p)).toList();
	}

	private static String size(Path file, NumberFormat sizes) {
		try {
			long bytes = Files.size(file);
			return bytes >= 1024 * 1024 ? sizes.format(Math.round(bytes / (1024.0 * 1024.0))) + " MB"
					: bytes >= 1024 ? sizes.format(Math.round(bytes / 1024.0)) + " kB" : sizes.format(bytes) + " B";
		} catch (IOException e) {
			return "";
		}
	}

	private void failed(String reason) {
		busy = false;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		progress.setVisible(false);
		setFormEnabled(true);
		showMessage(NLS.bind(Messages.failed, reason), true);
	}

	private void setFormEnabled(boolean enabled) {
		for (Control control : new Control[] { name, logo, about, updates, output }) {
			control.setEnabled(enabled);
		}
		platforms.values().forEach(box -> box.setEnabled(enabled));
		getButton(IDialogConstants.OK_ID).setEnabled(enabled);
	}

	private void showMessage(String text, boolean problem) {
		if (message == null || message.isDisposed()) {
			return;
		}
		message.setText(text);
		message.setForeground(problem ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		message.getParent().layout(true);
	}

	private void openFolder() {
		if (written != null && !Program.launch(written.toString())) {
			showMessage(NLS.bind(Messages.cannotOpenFolder, written), true);
		}
	}

	@Override
	public boolean close() {
		// closing while generating would leave the user without the result; the work itself cannot be stopped
		return !busy && super.close();
	}

	private static void ui(Display display, Runnable action) {
		if (!display.isDisposed()) {
			display.asyncExec(action);
		}
	}
}
