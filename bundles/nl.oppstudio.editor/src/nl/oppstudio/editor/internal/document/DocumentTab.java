package nl.oppstudio.editor.internal.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

import nl.oppstudio.core.WriteErrors;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.DocumentLocks;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.State;
import nl.oppstudio.editor.EditorContext;
import nl.oppstudio.editor.EditorIds;
import nl.oppstudio.editor.internal.Texts;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.forms.Form;
import nl.oppstudio.forms.FormListener;
import nl.oppstudio.forms.FormPane;
import nl.oppstudio.forms.FormSession;
import nl.oppstudio.forms.spi.Renderers;

/**
 * One open OPP: the form with its pages and problems, and what a school does with it: save (atomic, with
 * a backup), undo and redo, the next problem, the moves in its life (consent, vaststellen, evaluate …,
 * each saved at once and logged), PDFs, the log, the next plan period. Unsaved work goes to a recovery
 * file every few seconds; a change on disk by someone else is noticed and never overwritten blindly.
 */
public final class DocumentTab {

	/** How often unsaved work is written to the recovery file, and the file on disk is looked at. */
	static final int AUTOSAVE_MS = 5_000;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final CTabFolder folder;
	private final EditorContext context;
	private final Path file;
	private final Composite root;
	private final Recovery recovery;
	private FormSession session;
	private Form form;
	private FormPane pane;
	private DiagramPanel diagram;
	private Label status;
	private FileStamp stamp;
	private boolean askedAboutDiskChange;
	private int changes;
	private int autosaved;
	private final Listener keys;
	/** Our lock on the document while it is open (issue 16, two people, one file), or {@code null}. */
	private DocumentLocks.Lock lock;
	/** Who else has the document open, while this tab only reads it; else {@code null}. */
	private DocumentLocks.Holder heldBy;
	private long lockRefreshed;

	private DocumentTab(CTabFolder folder, Path file, EditorContext context) {
		this.folder = folder;
		this.file = file;
		this.context = context;
		this.recovery = new Recovery(file);
		root = new Composite(folder, SWT.NONE);
		root.setData(EditorIds.KEY, EditorIds.DOCUMENT_TAB);
		root.setData(DocumentTab.class.getName(), this);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		root.setLayout(layout);
		keys = this::key;
		root.getDisplay().addFilter(SWT.KeyDown, keys);
		CTabFolder2Adapter closing = new CTabFolder2Adapter() {
			@Override
			public void close(CTabFolderEvent event) {
				if (event.item instanceof CTabItem item && item.getControl() == root) {
					event.doit = mayClose();
				}
			}
		};
		folder.addCTabFolder2Listener(closing);
		root.addDisposeListener(event -> {
			event.display.removeFilter(SWT.KeyDown, keys);
			if (!folder.isDisposed()) {
				folder.removeCTabFolder2Listener(closing);
			}
			if (form != null) {
				form.dispose();
			}
			releaseLock();
		});
		root.getDisplay().timerExec(AUTOSAVE_MS, this::tick);
	}

	/** The content of a document's tab; a document that cannot be opened shows why, with a retry. */
	public static Control create(CTabFolder folder, Path file, EditorContext context) {
		DocumentTab tab = new DocumentTab(folder, file, context);
		tab.open();
		return tab.root;
	}

	/** The tab that shows {@code control}, if it is one (for tests and the window's close handling). */
	public static Optional<DocumentTab> of(Control control) {
		return Optional.ofNullable((DocumentTab) control.getData(DocumentTab.class.getName()));
	}

	private void open() {
		FormatResolver.Resolution resolution = context.formats().resolve(file, null);
		if (resolution.problem() != null) {
			problem(resolution.problem().message());
			return;
		}
		OppDocument document;
		try {
			document = Documents.load(file, resolution.format());
		} catch (DocumentException e) {
			problem(Texts.problem(e.diagnostic()));
			return;
		}
		stamp = FileStamp.of(file);
		if (!takeLock()) {
			// someone else has it open: read it as it is on disk; no recovery, no migration, nothing written
			show(document, false);
			return;
		}
		// Unsaved work first, in the version it was written in; a migration then takes it along.
		boolean restored = false;
		if (!context.asks()) {
			// nobody to ask (-exportPdf): the document as saved; unsaved work stays for the next time it is opened
		} else if (recovery.available()) {
			String question = recovery.olderThanDocument() ? Messages.recoveryQuestionStale : Messages.recoveryQuestion;
			if (Ask.yesNo(root.getShell(), Messages.recoveryTitle, NLS.bind(question, file.getFileName()))) {
				try {
					document = Documents.load(recovery.file(), document.format());
					restored = true;
				} catch (DocumentException e) {
					MessageDialog.openError(root.getShell(), Messages.recoveryTitle,
							NLS.bind(Messages.recoveryUnreadable, Texts.problem(e.diagnostic())));
				}
			} else if (recovery.olderThanDocument()) {
				keptAside(recovery.keepAside());
			} else {
				recovery.discard();
			}
		} else {
			recovery.discard();
		}
		OppDocument migrated = Migrations.offer(root.getShell(), context, file, document);
		if (migrated == null) {
			problem(Messages.migrationFailed);
			return;
		}
		if (migrated != document) {
			stamp = FileStamp.of(file);
		}
		show(migrated, restored);
	}

	/**
	 * Takes the document's lock; {@code false} when someone else holds it ({@link #heldBy} says who). A
	 * lock file that cannot be written (a read-only folder) leaves the document editable: saving tells.
	 */
	private boolean takeLock() {
		releaseLock();
		heldBy = null;
		if (!context.asks()) {
			return true; // -exportPdf: only reads
		}
		try {
			DocumentLocks.Result result = DocumentLocks.acquire(file, "OPP Editor");
			lock = result.lock();
			heldBy = result.holder();
			lockRefreshed = System.nanoTime();
		} catch (IOException e) {
			lock = null;
		}
		return heldBy == null;
	}

	private void releaseLock() {
		if (lock != null) {
			lock.release();
			lock = null;
		}
	}

	/** Whether someone else has the document open, so this tab only reads it. */
	public boolean inUseElsewhere() {
		return heldBy != null;
	}

	/**
	 * Whether this tab still holds its lock (or never could write one: a read-only folder); when someone took it
	 * over (this computer slept past the stale time, the network drive was gone), the tab turns read-only.
	 */
	public boolean stillOurs() {
		if (lock == null || lock.stillOurs()) {
			return true;
		}
		lockLost();
		return heldBy == null;
	}

	/**
	 * Someone took over this tab's lock: take it again when it is free now, else show the document read-only
	 * with the bar that says who has it. Unsaved work is put aside as a document of its own beside the original
	 * (the recovery file is the other editor's now), and the bar names it.
	 */
	private void lockLost() {
		if (session == null || root.isDisposed()) {
			return;
		}
		if (takeLock()) {
			return; // the lock file was only removed: ours again
		}
		if (session.dirty()) {
			autosave();
			Path aside = recovery.keepAside();
			workKeptIn = aside == null ? null : aside.getFileName().toString();
			context.refreshOverview();
		}
		show(session.document(), false);
		root.layout(true, true);
	}

	/** The document the unsaved work was put in when the lock was lost, for the bar; or {@code null}. */
	private String workKeptIn;

	/** Tries again to take the document's lock; when it is free now, reads the document again to edit it. */
	private void retryLock() {
		if (takeLock()) {
			workKeptIn = null;
			reload();
		} else if (inUse != null && !inUse.isDisposed()) {
			inUse.setText(NLS.bind(Messages.inUseBar, heldBy.describe()));
			inUse.getParent().layout(true, true);
		}
	}

	private Label inUse;

	/** Tells where unsaved work was put aside, as a document of its own beside the original. */
	private void keptAside(Path copy) {
		if (copy != null) {
			MessageDialog.openInformation(root.getShell(), Messages.recoveryTitle,
					NLS.bind(Messages.keptAside, copy.getFileName()));
			context.refreshOverview();
		}
	}


	private void problem(String message) {
		for (Control child : root.getChildren()) {
			child.dispose();
		}
		Label label = new Label(root, SWT.WRAP);
		label.setData(EditorIds.KEY, DocumentIds.DOCUMENT_PROBLEM);
		label.setText(NLS.bind(Messages.cannotOpen, file.getFileName(), message));
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Button retry = new Button(root, SWT.PUSH);
		retry.setText(Messages.retry);
		retry.addListener(SWT.Selection, event -> {
			for (Control child : root.getChildren()) {
				child.dispose();
			}
			open();
			root.layout(true, true);
		});
	}

	private void show(OppDocument document, boolean restored) {
		for (Control child : root.getChildren()) {
			child.dispose();
		}
		if (form != null) {
			form.dispose();
		}
		session = new FormSession(document, file);
		session.setDate(today());
		if (restored) {
			session.markUnsaved();
		}
		form = Form.of(session);
		inUse = null;
		if (heldBy != null) {
			Composite lockBar = new Composite(root, SWT.BORDER);
			lockBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			lockBar.setLayout(new GridLayout(2, false));
			// a light yellow notice with black text, whatever the theme's tooltip colours are (dark on some)
			lockBar.setBackground(new org.eclipse.swt.graphics.Color(255, 243, 205));
			inUse = new Label(lockBar, SWT.WRAP);
			inUse.setData(EditorIds.KEY, DocumentIds.IN_USE);
			inUse.setBackground(lockBar.getBackground());
			inUse.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			inUse.setText(NLS.bind(Messages.inUseBar, heldBy.describe())
					+ (workKeptIn != null ? " " + NLS.bind(Messages.inUseWorkKept, workKeptIn) : ""));
			inUse.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button retry = new Button(lockBar, SWT.PUSH);
			retry.setText(Messages.retry);
			retry.setToolTipText(Messages.inUseRetryTip);
			retry.setData(EditorIds.KEY, DocumentIds.IN_USE_RETRY);
			retry.addListener(SWT.Selection, event -> retryLock());
		}
		Composite bar = new Composite(root, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout barLayout = new GridLayout(10, false);
		barLayout.marginHeight = 4;
		bar.setLayout(barLayout);
		button(bar, Messages.save, Messages.saveTip, DocumentIds.SAVE, this::save);
		button(bar, Messages.undo, Messages.undoTip, DocumentIds.UNDO, this::undo);
		button(bar, Messages.redo, Messages.redoTip, DocumentIds.REDO, this::redo);
		button(bar, Messages.nextProblem, Messages.nextProblemTip, DocumentIds.NEXT_PROBLEM, () -> pane.nextProblem());
		Button life = button(bar, Messages.lifecycle, Messages.lifecycleTip, DocumentIds.LIFECYCLE, null);
		life.addListener(SWT.Selection, event -> lifecycleMenu(life));
		Button pdf = button(bar, Messages.pdf, Messages.pdfTip, DocumentIds.PDF, null);
		pdf.addListener(SWT.Selection, event -> pdfMenu(pdf));
		button(bar, Messages.log, Messages.logTip, DocumentIds.LOG, () -> LogDialog.open(root.getShell(), session));
		button(bar, Messages.nextPeriod, Messages.nextPeriodTip, DocumentIds.NEXT_PERIOD,
				() -> NextPeriodAction.run(root.getShell(), this));
		if (heldBy != null) {
			for (String id : new String[] { DocumentIds.SAVE, DocumentIds.UNDO, DocumentIds.REDO, DocumentIds.LIFECYCLE,
					DocumentIds.NEXT_PERIOD }) {
				for (Control child : bar.getChildren()) {
					if (id.equals(child.getData(EditorIds.KEY))) {
						child.setEnabled(false);
					}
				}
			}
		}
		Button diagramButton = new Button(bar, SWT.TOGGLE);
		diagramButton.setText(Messages.diagram);
		diagramButton.setToolTipText(Messages.diagramTip);
		diagramButton.setData(EditorIds.KEY, DocumentIds.DIAGRAM);
		status = new Label(bar, SWT.WRAP);
		status.setData(EditorIds.KEY, DocumentIds.DOCUMENT_STATUS);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		SashForm sash = new SashForm(root, SWT.HORIZONTAL | SWT.SMOOTH);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		pane = new FormPane(sash, form, Renderers.standard());
		diagram = new DiagramPanel(this, sash, pane, session);
		diagramButton.setSelection(diagram.shown());
		diagramButton.setEnabled(diagram.available());
		diagramButton.addListener(SWT.Selection, event -> diagram.toggle(diagramButton));
		session.commands().addCommandStackListener(event -> dirtyChanged());
		form.addListener(new FormListener() {
			@Override
			public void valueChanged(nl.oppstudio.forms.ControlNode control) {
				changes++;
			}

			@Override
			public void rowsChanged(nl.oppstudio.forms.RepeatNode repeat) {
				changes++;
			}

			@Override
			public void stateChanged() {
				updateStatus();
			}
		});
		applyState();
		dirtyChanged();
		// the tab's item gets this control only after it is made: mark a restored document then
		root.getDisplay().asyncExec(() -> {
			if (!root.isDisposed()) {
				dirtyChanged();
			}
		});
		root.layout(true, true);
	}

	private Button button(Composite bar, String text, String tip, String id, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.setData(EditorIds.KEY, id);
		if (action != null) {
			button.addListener(SWT.Selection, event -> action.run());
		}
		return button;
	}

	/** Ctrl+S, Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z and F8, while this tab is the one shown. */
	private void key(Event event) {
		if (root.isDisposed() || session == null || !root.isVisible() || !(event.widget instanceof Control control)
				|| control.getShell() != root.getShell()) {
			return;
		}
		boolean ctrl = (event.stateMask & SWT.MOD1) != 0;
		boolean shift = (event.stateMask & SWT.SHIFT) != 0;
		int key = Character.toLowerCase(event.keyCode);
		if (ctrl && key == 's') {
			save();
		} else if (ctrl && key == 'z' && !shift) {
			undo();
		} else if (ctrl && (key == 'y' || key == 'z' && shift)) {
			redo();
		} else if (event.keyCode == SWT.F8) {
			pane.nextProblem();
		} else {
			return;
		}
		event.doit = false;
	}

	public FormSession session() {
		return session;
	}

	public FormPane pane() {
		return pane;
	}

	/** The diagram beside the form ({@code null} while the document is not open). */
	public nl.oppstudio.diagram.ui.DiagramView diagram() {
		return diagram == null ? null : diagram.view();
	}

	public Path file() {
		return file;
	}

	EditorContext context() {
		return context;
	}

	Shell shell() {
		return root.getShell();
	}

	private void undo() {
		session.endTyping();
		if (session.commands().canUndo()) {
			session.commands().undo();
		}
	}

	private void redo() {
		session.endTyping();
		if (session.commands().canRedo()) {
			session.commands().redo();
		}
	}

	/** Saves atomically (the old version stays as {@code .bak}); refuses to overwrite a change made by someone else without asking. */
	public boolean save() {
		if (session == null) {
			return true;
		}
		if (heldBy != null || !stillOurs()) {
			return false; // only read: someone else has it open
		}
		pane.view().commitEdits();
		session.endTyping();
		if (stamp != null && stamp.changedOnDisk(file) && !Ask.yesNo(root.getShell(), Messages.diskChangedTitle,
				NLS.bind(Messages.overwriteQuestion, file.getFileName()))) {
			return false;
		}
		try {
			Documents.save(session.document(), file);
		} catch (IOException e) {
			saveFailed(e);
			return false;
		}
		stamp = FileStamp.of(file);
		askedAboutDiskChange = false;
		session.saved();
		recovery.discard();
		autosaved = changes;
		dirtyChanged();
		context.refreshOverview();
		return true;
	}

	/**
	 * Says in the window why saving failed (a full or read-only disk, no permission, a file in use) and
	 * that the file on disk is unchanged; the work stays in the window, unsaved, and in the recovery file.
	 */
	private void saveFailed(IOException e) {
		autosave();
		String reason = WriteErrors.describe(file, e);
		status.setText(reason);
		MessageDialog.openError(root.getShell(), Messages.saveFailedTitle, reason);
	}

	/** Whether the tab may close: saved, or the user chose to save or to discard. */
	public boolean mayClose() {
		if (pane != null) {
			pane.view().commitEdits();
		}
		if (session == null || !session.dirty()) {
			recovery.discard();
			return true;
		}
		MessageDialog dialog = new MessageDialog(root.getShell(), Messages.closeTitle, null,
				NLS.bind(Messages.closeQuestion, file.getFileName()), MessageDialog.QUESTION,
				new String[] { Messages.closeSave, Messages.closeDiscard, Messages.cancel }, 0);
		return switch (dialog.open()) {
		case 0 -> save();
		case 1 -> {
			recovery.discard();
			yield true;
		}
		default -> false;
		};
	}

	/** Every few seconds: unsaved work to the recovery file, and a look at the file on disk. */
	private void tick() {
		if (root.isDisposed()) {
			return;
		}
		if (session == null) {
			root.getDisplay().timerExec(AUTOSAVE_MS, this::tick);
			return;
		}
		if (session.dirty() && changes != autosaved) {
			autosave();
		}
		if (lock != null && System.nanoTime() - lockRefreshed >= DocumentLocks.REFRESH_EVERY.toNanos()) {
			lockRefreshed = System.nanoTime();
			if (!lock.refresh()) {
				lockLost();
			}
		}
		if (!askedAboutDiskChange && stamp != null && stamp.changedOnDisk(file)) {
			askedAboutDiskChange = true;
			offerReload();
		}
		root.getDisplay().timerExec(AUTOSAVE_MS, this::tick);
	}

	/** Writes the unsaved state to the recovery file now (also what the timer does). */
	public void autosave() {
		try {
			recovery.write(session.document());
			autosaved = changes;
		} catch (IOException e) {
			status.setText(NLS.bind(Messages.recoveryWriteFailed, e.getMessage()));
		}
	}

	/** Someone changed the file (a git pull, a colleague): offers to read it again; never overwrites without asking. */
	public void offerReload() {
		String question = session.dirty() ? Messages.diskChangedDirty : Messages.diskChanged;
		if (Ask.yesNo(root.getShell(), Messages.diskChangedTitle, NLS.bind(question, file.getFileName()))) {
			Path aside = null;
			if (session.dirty()) {
				autosave();
				aside = recovery.keepAside();
			}
			reload();
			keptAside(aside);
		}
	}

	/** Reads the document from disk again. */
	void reload() {
		try {
			OppDocument document = Documents.load(file, session.document().format());
			stamp = FileStamp.of(file);
			askedAboutDiskChange = false;
			show(document, false);
		} catch (DocumentException e) {
			MessageDialog.openError(root.getShell(), Messages.diskChangedTitle, Texts.problem(e.diagnostic()));
		}
	}

	/** After a move in the OPP's life: written at once, logged, and not to be undone. */
	void committed() {
		if (heldBy != null || !stillOurs()) {
			return; // never written over someone else's work
		}
		try {
			Documents.save(session.document(), file);
			stamp = FileStamp.of(file);
			session.committed();
			recovery.discard();
		} catch (IOException e) {
			session.markUnsaved();
			saveFailed(e);
		}
		applyState();
		dirtyChanged();
		form.update();
		context.refreshOverview();
	}

	/** A vastgesteld plan is read-only until a new version is started (bijgesteld). */
	private void applyState() {
		State state = Lifecycle.state(session.document());
		boolean readOnly = state.frozen() || state == State.BEEINDIGD || heldBy != null;
		if (readOnly != session.readOnly()) {
			session.setReadOnly(readOnly);
		}
		form.update();
	}

	private void updateStatus() {
		if (status == null || status.isDisposed()) {
			return;
		}
		OppDocument document = session.document();
		State state = Lifecycle.state(document);
		String pupil = document.pupilName().isEmpty() ? Messages.statusNoName : document.pupilName();
		StringBuilder text = new StringBuilder(NLS.bind(Messages.statusState, pupil, Texts.state(state)));
		LocalDate today = session.date();
		Planning.next(document, today).ifPresent(due -> text.append(" · ").append(NLS.bind(
				due.overdue(today) ? Messages.statusOverdue : Messages.statusNext, due.label(), due.date().format(DAY))));
		if (heldBy != null) {
			text.append(" · ").append(Messages.statusInUse);
		} else if (session.readOnly()) {
			text.append(" · ").append(state == State.BEEINDIGD ? Messages.statusEnded : Messages.statusFrozen);
		}
		if (!text.toString().equals(status.getText())) {
			status.setText(text.toString());
			status.requestLayout();
		}
	}

	private void dirtyChanged() {
		for (CTabItem item : folder.getItems()) {
			if (item.getControl() == root) {
				String title = item.getText().startsWith("*") ? item.getText().substring(1) : item.getText();
				item.setText(session != null && session.dirty() ? "*" + title : title);
			}
		}
	}

	private void lifecycleMenu(Button anchor) {
		Menu menu = new Menu(anchor);
		State state = Lifecycle.state(session.document());
		for (LifecycleAction action : LifecycleAction.values()) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(action.label());
			item.setEnabled(action.possibleFrom(state));
			item.setData(EditorIds.KEY, action.name());
			item.addListener(SWT.Selection, event -> action.run(this));
		}
		anchor.setData(DocumentIds.MENU, menu);
		menu.setLocation(anchor.toDisplay(0, anchor.getSize().y));
		menu.setVisible(true);
	}

	private void pdfMenu(Button anchor) {
		Menu menu = new Menu(anchor);
		for (PdfExport.Kind kind : PdfExport.Kind.values()) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(kind.label());
			item.addListener(SWT.Selection, event -> PdfExport.run(this, kind, null));
		}
		menu.setLocation(anchor.toDisplay(0, anchor.getSize().y));
		menu.setVisible(true);
	}

	/** Exports a PDF ({@code PLAN}, {@code BLANK} or {@code EXTRACT}) to {@code target} without opening it; {@code done} gets the file, or {@code null}. */
	public void exportPdf(String kind, Path target, java.util.function.Consumer<Path> done) {
		PdfExport.run(this, PdfExport.Kind.valueOf(kind), target, false, done);
	}

	/** The file name the save dialog of an export ({@code PLAN}, … {@code ANONYMOUS}) proposes. */
	public String proposedPdfName(String kind) {
		return PdfExport.proposedName(file(), session().document().format(), PdfExport.Kind.valueOf(kind));
	}

	/** As {@link #exportPdf(String, Path, java.util.function.Consumer)} without dialogs: a failure is told to {@code problems}. */
	public void exportPdf(String kind, Path target, java.util.function.Consumer<Path> done,
			java.util.function.Consumer<String> problems) {
		PdfExport.run(this, PdfExport.Kind.valueOf(kind), target, false, done, problems);
	}

	/**
	 * Whether the file on disk is the one the tab holds; when someone changed it, offers to read it again
	 * and says no: a move is never made on, and saved over, a version the user has not seen.
	 */
	boolean currentOnDisk() {
		if (heldBy != null) {
			return false;
		}
		if (stamp != null && stamp.changedOnDisk(file)) {
			askedAboutDiskChange = true;
			offerReload();
			return false;
		}
		return true;
	}

	/** Asks to save unsaved changes first (a move in the OPP's life is made on the saved document); {@code false} to stop. */
	boolean savedFirst() {
		if (!currentOnDisk()) {
			return false;
		}
		if (!session.dirty()) {
			return true;
		}
		return Ask.yesNo(root.getShell(), Messages.saveFirstTitle, Messages.saveFirst) && save();
	}

	private static java.time.Clock clock = java.time.Clock.systemDefaultZone();

	/** The clock of moves and of the law's judgement; tests set a fixed one. */
	public static void useClock(java.time.Clock fixed) {
		clock = fixed;
	}

	/** The moment of a move made now. */
	static OffsetDateTime now() {
		return OffsetDateTime.now(clock).withNano(0);
	}

	/**
	 * The moment of a move made on {@code day}: now when that is today, else noon that day, or just after the
	 * log's last entry when that is later on the same day (the log's time never goes back); {@code null}
	 * when the day lies before the log's last entry.
	 */
	static OffsetDateTime on(LocalDate day, OppDocument document) {
		OffsetDateTime now = now();
		OffsetDateTime at = day.equals(now.toLocalDate()) ? now : day.atTime(12, 0).atZone(clock.getZone()).toOffsetDateTime();
		java.util.List<Lifecycle.Entry> log = Lifecycle.entries(document);
		String lastTime = log.isEmpty() ? null : log.get(log.size() - 1).get("tijdstip");
		if (lastTime != null) {
			OffsetDateTime last = OffsetDateTime.parse(lastTime).atZoneSameInstant(clock.getZone()).toOffsetDateTime();
			if (!at.isAfter(last)) {
				at = last.plusMinutes(1);
				if (!at.toLocalDate().equals(day)) {
					return null;
				}
			}
		}
		return at;
	}

	static LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The display, for tests that pump events. */
	public Display display() {
		return root.getDisplay();
	}

	/** The format of the open document. */
	Format format() {
		return session.document().format();
	}
}
