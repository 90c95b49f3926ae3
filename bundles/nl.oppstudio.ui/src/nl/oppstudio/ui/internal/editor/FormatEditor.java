package nl.oppstudio.ui.internal.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.core.WriteErrors;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Edit;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Highlight;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Location;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Problem;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Snapshot;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Symbol;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.editor.ProblemMarks.ProblemAnnotation;

/**
 * The text editor of one format file: a source viewer with line numbers, problem marks in the ruler and
 * the overview ruler, colouring, and the services of {@link FormatEditing}. The text is checked on the
 * window's checker thread {@value #DELAY} ms after typing stops; each command first brings the session up
 * to the text on screen. Use on the UI thread.
 */
public final class FormatEditor {

	/** Milliseconds after the last keystroke before the text is checked. */
	public static final int DELAY = 150;
	/** Seconds the UI waits at most for a service (content assist, fixes, rename) before giving up. */
	static final int CALL_TIMEOUT = 5;
	private static final String SQUIGGLES = "nl.oppstudio.squiggles";

	private final EditorHost host;
	private final Path file;
	private final boolean readOnly;
	private final Composite root;
	private final SourceViewer viewer;
	private final IDocument document = new Document();
	private final AnnotationModel annotations = new AnnotationModel();
	private final Display display;
	private final Runnable checkLater = this::check;

	/** Only on the checker thread. */
	private FormatEditing editing;
	private String saved;
	private FileTime stamp;
	private boolean dirty;
	/** Set when the file changed on disk while this editor had unsaved changes; saving then asks. */
	private boolean conflict;
	/** Counts the changes of the text; a check of an older text is skipped when it starts. */
	private final AtomicLong generation = new AtomicLong();
	private final AtomicLong checksRun = new AtomicLong();
	private Snapshot snapshot;
	private List<Highlight> semantic = List.of();
	private List<Symbol> outline = List.of();

	/**
	 * Opens an editor on a file, read from disk; {@code readOnly} for a file outside the folder (an
	 * installed base). Throws when the file cannot be read.
	 */
	public FormatEditor(Composite parent, EditorHost host, Path file, boolean readOnly) throws IOException {
		this.host = host;
		this.file = file.toAbsolutePath().normalize();
		this.readOnly = readOnly;
		this.display = parent.getDisplay();
		saved = Files.readString(this.file, StandardCharsets.UTF_8);
		stamp = Files.getLastModifiedTime(this.file);
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new FillLayout());
		root.setData(FormatEditor.class.getName(), this);

		ProblemMarks.Access access = new ProblemMarks.Access();
		CompositeRuler ruler = new CompositeRuler();
		AnnotationRulerColumn marks = new AnnotationRulerColumn(annotations, 16, access);
		OverviewRuler overview = new OverviewRuler(access, 12, new ProblemMarks.SharedColours());
		for (Severity severity : Severity.values()) {
			String type = ProblemMarks.TYPES.get(severity);
			marks.addAnnotationType(type);
			overview.addAnnotationType(type);
			overview.addHeaderAnnotationType(type);
			overview.setAnnotationTypeColor(type, ProblemMarks.colour(severity));
			overview.setAnnotationTypeLayer(type, 2 - severity.ordinal());
		}
		ruler.addDecorator(0, marks);
		ruler.addDecorator(1, new LineNumberRulerColumn());
		viewer = new SourceViewer(root, ruler, overview, true, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.configure(new FormatConfiguration(this));
		document.set(saved);
		viewer.setDocument(document, annotations);
		viewer.setEditable(!readOnly);
		AnnotationPainter squiggles = new AnnotationPainter(viewer, access);
		squiggles.addDrawingStrategy(SQUIGGLES, new AnnotationPainter.SquigglesStrategy());
		for (Severity severity : Severity.values()) {
			squiggles.addAnnotationType(ProblemMarks.TYPES.get(severity), SQUIGGLES);
			squiggles.setAnnotationTypeColor(ProblemMarks.TYPES.get(severity), ProblemMarks.colour(severity));
		}
		viewer.addPainter(squiggles);
		viewer.addTextPresentationListener(squiggles);

		StyledText text = viewer.getTextWidget();
		text.setData(WidgetIds.KEY, WidgetIds.EDITOR_TEXT);
		text.setData(WidgetIds.FILE_KEY, this.file);
		text.setFont(JFaceResources.getTextFont());
		text.setTabs(4);
		root.addListener(SWT.Dispose, e -> display.timerExec(-1, checkLater));
		viewer.addTextListener(event -> {
			if (event.getDocumentEvent() != null || event.getText() != null) {
				changed();
			}
		});
		colour();
		check();
	}

	/** The editor of a tab's control, if it is one. */
	public static Optional<FormatEditor> of(Control control) {
		return control != null && !control.isDisposed() && control.getData(FormatEditor.class.getName()) instanceof FormatEditor editor
				? Optional.of(editor)
				: Optional.empty();
	}

	public Control control() {
		return root;
	}

	public Path file() {
		return file;
	}

	public boolean isReadOnly() {
		return readOnly;
	}

	public boolean isDirty() {
		return dirty;
	}

	/** The viewer, for tests and the window's actions. */
	public SourceViewer viewer() {
		return viewer;
	}

	/** The text on screen. */
	public String text() {
		return document.get();
	}

	/** The result of the last check shown, or {@code null} before the first. */
	public Snapshot snapshot() {
		return snapshot;
	}

	/** The problems of the last check shown. */
	public List<Problem> problems() {
		return snapshot == null ? List.of() : snapshot.problems();
	}

	/** The outline of the last check shown. */
	public List<Symbol> outline() {
		return outline;
	}

	/** Whether the last check shown is of the text on screen (no check is pending). */
	public boolean isChecked() {
		return snapshot != null && snapshot.text().equals(document.get());
	}

	Shell shell() {
		return root.getShell();
	}

	EditorHost host() {
		return host;
	}

	private void changed() {
		boolean nowDirty = !document.get().equals(saved);
		if (nowDirty != dirty) {
			dirty = nowDirty;
			host.dirtyChanged(this);
		}
		colour();
		generation.incrementAndGet();
		display.timerExec(-1, checkLater);
		display.timerExec(DELAY, checkLater);
	}

	/** Colours by tokens now, and by meaning when the last check is of this text. */
	private void colour() {
		String text = document.get();
		TextPresentation presentation = new TextPresentation(new Region(0, text.length()), 256);
		presentation.setDefaultStyleRange(new StyleRange(0, text.length(), null, null));
		int end = 0;
		List<Highlight> lexical = new ArrayList<>(FormatEditing.lexical(text));
		lexical.sort(Comparator.comparingInt(Highlight::offset));
		for (Highlight highlight : lexical) {
			if (highlight.offset() >= end && highlight.offset() + highlight.length() <= text.length() && highlight.length() > 0) {
				presentation.addStyleRange(Colours.style(highlight));
				end = highlight.offset() + highlight.length();
			}
		}
		if (snapshot != null && snapshot.text().equals(text)) {
			for (Highlight highlight : semantic) {
				if (highlight.offset() >= 0 && highlight.offset() + highlight.length() <= text.length() && highlight.length() > 0) {
					presentation.mergeStyleRange(Colours.style(highlight));
				}
			}
		}
		viewer.changeTextPresentation(presentation, false);
	}

	/** Checks the text on the checker thread; the result is shown unless the text changed since. */
	private void check() {
		if (root.isDisposed() || host.checker().isShutdown()) {
			return; // the window is closing
		}
		String text = document.get();
		long asked = generation.get();
		try {
			submitCheck(text, asked);
		} catch (java.util.concurrent.RejectedExecutionException e) {
			// the window closed meanwhile
		}
	}

	private void submitCheck(String text, long asked) {
		host.checker().submit(() -> {
			if (asked != generation.get()) {
				return; // the text changed since: a newer check is queued
			}
			try {
				checksRun.incrementAndGet();
				Snapshot result = session(text);
				List<Highlight> colours = editing.semantic();
				List<Symbol> symbols = editing.outline();
				display.asyncExec(() -> {
					if (!root.isDisposed() && asked == generation.get()) {
						show(result, colours, symbols);
					}
				});
			} catch (RuntimeException | LinkageError e) {
				System.err.println("OPP Studio: " + e);
				display.asyncExec(() -> host.status(NLS.bind(Messages.checkFailed, detail(e))));
			}
		});
	}

	/** On the checker thread: the session, brought up to the text. */
	private Snapshot session(String text) {
		if (editing == null) {
			editing = FormatEditing.open(file, text);
		} else if (!editing.snapshot().text().equals(text)) {
			editing.update(text);
		}
		return editing.snapshot();
	}

	private void show(Snapshot result, List<Highlight> colours, List<Symbol> symbols) {
		snapshot = result;
		semantic = colours;
		outline = symbols;
		Map<Annotation, Position> added = new HashMap<>();
		int length = document.getLength();
		for (Problem problem : result.problems()) {
			int offset = Math.max(0, Math.min(problem.offset(), length));
			int size = Math.max(1, problem.length());
			if (offset + size > length) {
				offset = Math.max(0, length - size);
				size = Math.min(size, length - offset);
			}
			added.put(new ProblemAnnotation(problem), new Position(offset, size));
		}
		List<Annotation> removed = new ArrayList<>();
		annotations.getAnnotationIterator().forEachRemaining(removed::add);
		annotations.replaceAnnotations(removed.toArray(Annotation[]::new), added);
		colour();
		host.checked(this);
	}

	/**
	 * Runs a service on the checker thread on the text on screen and waits for it, at most
	 * {@value #CALL_TIMEOUT} seconds; empty when it fails or takes longer (then said in the status line).
	 * The session knows the texts of the other open editors, unsaved changes included.
	 */
	<T> Optional<T> call(Function<FormatEditing, T> service) {
		String text = document.get();
		Map<Path, String> open = host.openTexts();
		Future<T> result = host.checker().submit(() -> {
			session(text);
			editing.setOpenTexts(open);
			return service.apply(editing);
		});
		try {
			return Optional.ofNullable(result.get(CALL_TIMEOUT, TimeUnit.SECONDS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		} catch (TimeoutException e) {
			result.cancel(false);
			host.status(Messages.callTimeout);
			return Optional.empty();
		} catch (ExecutionException e) {
			System.err.println("OPP Studio: " + e.getCause());
			host.status(NLS.bind(Messages.checkFailed, detail(e.getCause())));
			return Optional.empty();
		}
	}

	/** The technical detail of a failure, for after the Dutch sentence. */
	private static String detail(Throwable e) {
		return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
	}

	/** For tests: how many checks have run; a check whose text was changed before it started does not run. */
	public long checksRun() {
		return checksRun.get();
	}

	/** Like {@link #call} but from any thread, without bringing the session up to date: for hovers. */
	<T> Optional<T> ask(Function<FormatEditing, T> service) {
		Future<T> result = host.checker().submit(() -> editing == null ? null : service.apply(editing));
		try {
			return Optional.ofNullable(result.get(2, TimeUnit.SECONDS));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		} catch (ExecutionException | TimeoutException e) {
			return Optional.empty();
		}
	}

	/** The caret's offset. */
	public int caret() {
		return viewer.getSelectedRange().x;
	}

	/** Selects and shows a range. */
	public void reveal(int offset, int length) {
		int start = Math.max(0, Math.min(offset, document.getLength()));
		int size = Math.max(0, Math.min(length, document.getLength() - start));
		viewer.setSelectedRange(start, size);
		viewer.revealRange(start, size);
		viewer.getTextWidget().setFocus();
	}

	/** Applies edits of this text (offsets in the text on screen) as one undoable change. */
	public void apply(List<Edit> edits) {
		if (edits.isEmpty()) {
			return;
		}
		List<Edit> ordered = new ArrayList<>(edits);
		ordered.sort(Comparator.comparingInt(Edit::offset).reversed());
		IUndoManager undo = viewer.getUndoManager();
		int caret = caret();
		undo.beginCompoundChange();
		try {
			for (Edit edit : ordered) {
				document.replace(edit.offset(), edit.length(), edit.text());
				if (edit.offset() + edit.length() <= caret) {
					caret += edit.text().length() - edit.length();
				}
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		} finally {
			undo.endCompoundChange();
		}
		viewer.setSelectedRange(Math.max(0, Math.min(caret, document.getLength())), 0);
	}

	/** Ctrl+Space. */
	public void contentAssist() {
		operate(ISourceViewer.CONTENTASSIST_PROPOSALS);
	}

	/** Ctrl+1: the fixes of a problem at the caret, or a message that there is none. */
	public void quickFix() {
		if (FormatConfiguration.fixesAt(this, caret()).isEmpty()) {
			host.status(Messages.noFix);
			return;
		}
		operate(ISourceViewer.QUICK_ASSIST);
	}

	public void undo() {
		operate(ITextOperationTarget.UNDO);
	}

	public void redo() {
		operate(ITextOperationTarget.REDO);
	}

	private void operate(int operation) {
		if (viewer.canDoOperation(operation)) {
			viewer.doOperation(operation);
		}
	}

	/** Ctrl+Shift+F: formats the whole text. */
	public void format() {
		if (!readOnly) {
			call(FormatEditing::formatting).ifPresent(this::apply);
		}
	}

	/** F3: the definition of the name at the caret, also in another file (opened). */
	public void goToDefinition() {
		int caret = caret();
		Optional<Location> target = call(e -> e.definition(caret).orElse(null));
		if (target.isEmpty()) {
			host.status(Messages.noDefinition);
			return;
		}
		Location location = target.get();
		if (location.file() == null || location.file().toAbsolutePath().normalize().equals(file)) {
			reveal(location.offset(), location.length());
		} else {
			host.context().reveal(location.file().toAbsolutePath().normalize(), location.offset(), location.length());
		}
	}

	/** Ctrl+Shift+G: the uses of the name at the caret, into "Verwijzingen". */
	public void findReferences() {
		int caret = caret();
		String name = wordAt(caret);
		List<Location> found = call(e -> e.references(caret)).orElse(List.of());
		host.showReferences(name, found);
		host.status(found.isEmpty() ? NLS.bind(Messages.noReferences, name)
				: NLS.bind(Messages.referencesFound, found.size(), name));
	}

	/** Alt+Shift+R: asks the new name, then renames with the paths to it, here and in other files. */
	public void rename() {
		if (readOnly) {
			return;
		}
		int caret = caret();
		String name = wordAt(caret);
		if (name.isEmpty()) {
			host.status(Messages.renameNothing);
			return;
		}
		RenameDialog.open(this, caret, name);
	}

	/** The name around an offset (letters, digits, -, _). */
	String wordAt(int offset) {
		WordFinder finder = new WordFinder(document.get());
		Region region = finder.word(offset);
		return document.get().substring(region.getOffset(), region.getOffset() + region.getLength());
	}

	/**
	 * Writes the text atomically; {@code false} (and said) when it failed or was cancelled. When the file
	 * was changed on disk since it was read, asks first: keep this text (overwrite), load the disk's
	 * version, or cancel (both stay as they are).
	 */
	public boolean save() {
		if (readOnly) {
			return true;
		}
		if (changedOnDisk()) {
			MessageDialog ask = new MessageDialog(shell(), Messages.conflictTitle, null,
					NLS.bind(Messages.conflict, file.getFileName()), MessageDialog.WARNING, 2,
					Messages.conflictOverwrite, Messages.conflictReload, Messages.cancel);
			switch (ask.open()) {
			case 0 -> {
				// overwrite: fall through to the write below
			}
			case 1 -> {
				reload();
				return true;
			}
			default -> {
				return false;
			}
			}
		}
		String text = document.get();
		try {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			AtomicFiles.write(file, out -> out.write(bytes));
			saved = text;
			stamp = Files.getLastModifiedTime(file);
			conflict = false;
		} catch (IOException e) {
			MessageDialog.openError(shell(), Messages.saveFailedTitle, WriteErrors.describe(file, e));
			return false;
		}
		if (dirty) {
			dirty = false;
			host.dirtyChanged(this);
		}
		host.saved(this);
		return true;
	}

	/** Whether the file on disk differs from the text last read or saved (a missing file does not count). */
	private boolean changedOnDisk() {
		try {
			if (!conflict && Files.getLastModifiedTime(file).equals(stamp)) {
				return false;
			}
			return !Files.readString(file, StandardCharsets.UTF_8).equals(saved);
		} catch (IOException e) {
			return false;
		}
	}

	/** Whether the file changed on disk while this editor had unsaved changes (saving will ask). */
	public boolean hasConflict() {
		return conflict;
	}

	/** Replaces the text on screen by the file on disk (undoable), keeping the caret's place as far as it goes. */
	private void reload() {
		try {
			FileTime now = Files.getLastModifiedTime(file);
			String text = Files.readString(file, StandardCharsets.UTF_8);
			stamp = now;
			saved = text;
			conflict = false;
			int caret = caret();
			document.set(text);
			viewer.setSelectedRange(Math.min(caret, text.length()), 0);
		} catch (IOException e) {
			MessageDialog.openError(shell(), Messages.saveFailedTitle, NLS.bind(Messages.readFailed, file.getFileName(), detail(e)));
		}
	}

	/**
	 * When the file changed on disk and the editor has no unsaved changes, reads it again (keeping the
	 * caret's place as far as it goes). An editor with changes keeps them and remembers the conflict:
	 * saving then asks before it overwrites the disk's version.
	 */
	public void reloadIfChanged() {
		try {
			FileTime now = Files.getLastModifiedTime(file);
			if (now.equals(stamp) || conflict && dirty) {
				return;
			}
			String text = Files.readString(file, StandardCharsets.UTF_8);
			if (text.equals(saved)) {
				stamp = now;
				return;
			}
			if (dirty) {
				conflict = true; // the old time stamp stays: save compares
				host.status(NLS.bind(Messages.changedOnDisk, file.getFileName()));
				return;
			}
			stamp = now;
			saved = text;
			conflict = false;
			int caret = caret();
			document.set(text);
			viewer.setSelectedRange(Math.min(caret, text.length()), 0);
		} catch (IOException e) {
			// gone or unreadable: the text on screen stays, and saving says what is wrong
		}
	}

	/** Colours of the kinds of text. */
	static final class Colours {

		private Colours() {
		}

		static StyleRange style(Highlight highlight) {
			StyleRange style = new StyleRange(highlight.offset(), highlight.length(), null, null);
			switch (highlight.style()) {
			case KEYWORD -> {
				style.foreground = new Color(127, 0, 85);
				style.fontStyle = SWT.BOLD;
			}
			case STRING -> style.foreground = new Color(42, 0, 255);
			case NUMBER -> style.foreground = new Color(0, 110, 110);
			case COMMENT -> style.foreground = new Color(63, 127, 95);
			case LEGAL_TAG -> {
				style.foreground = new Color(170, 80, 0);
				style.fontStyle = SWT.BOLD;
			}
			case DECLARATION -> style.fontStyle = SWT.BOLD;
			case REFERENCE -> style.foreground = new Color(0, 90, 160);
			case OPTION_CODE -> style.foreground = new Color(140, 60, 140);
			}
			return style;
		}
	}

	/** Word boundaries in the text. */
	static final class WordFinder {
		private final String text;

		WordFinder(String text) {
			this.text = text;
		}

		Region word(int offset) {
			int start = Math.max(0, Math.min(offset, text.length()));
			int end = start;
			while (start > 0 && part(text.charAt(start - 1))) {
				start--;
			}
			while (end < text.length() && part(text.charAt(end))) {
				end++;
			}
			return new Region(start, end - start);
		}

		private static boolean part(char c) {
			return Character.isLetterOrDigit(c) || c == '-' || c == '_';
		}
	}
}
