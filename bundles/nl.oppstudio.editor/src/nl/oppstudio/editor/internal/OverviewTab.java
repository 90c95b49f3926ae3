package nl.oppstudio.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.document.DocumentLocks;
import nl.oppstudio.document.FolderDocuments;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.State;
import nl.oppstudio.editor.EditorIds;

/**
 * The first tab: one row per OPP in the folder with its state, format and next deadline, overdue first
 * (the order of {@code opp due}). Read in a background job; the table is virtual, so a folder of
 * thousands stays quick. A document that cannot be read is a row with its problem.
 */
public final class OverviewTab {

	/**
	 * One row of the overview.
	 *
	 * @param file    the document
	 * @param pupil   the pupil's name ({@code ""} when the document cannot be read)
	 * @param state   its state, or {@code null} for a problem row
	 * @param format  the format's name and version, or {@code ""}
	 * @param next    the next deadline, if any
	 * @param problem why the document cannot be shown, or {@code null}
	 * @param detail  the problem in full (the row's tooltip), or {@code null}
	 */
	public record Row(Path file, String pupil, State state, String format, Optional<Planning.Due> next, String problem,
			String detail, String inUse) {

		/** A row of a document nobody else has open. */
		public Row(Path file, String pupil, State state, String format, Optional<Planning.Due> next, String problem,
				String detail) {
			this(file, pupil, state, format, next, problem, detail, null);
		}

		/** The name the row is found and sorted by: the pupil, else the file. */
		public String name() {
			return pupil.isEmpty() ? file.getFileName().toString() : pupil;
		}
	}

	private static final int[] WIDTHS = { 200, 120, 260, 150, 240, 300 };
	/** The widest a column grows to fit its texts; wider texts are cut (the file column shows the rest). */
	private static final int[] MAX_WIDTHS = { 280, 150, 400, 180, 340, 480 };
	/** Rows measured to fit the columns: enough to be right, few enough to stay quick in a large folder. */
	private static final int MEASURED_ROWS = 500;
	/** The grid's columns: two labelled inputs and four buttons in one row above the table. */
	private static final int COLUMNS = 8;

	private final Path folder;
	private final FormatResolver formats;
	private final Consumer<Path> open;
	private final Composite control;
	private final org.eclipse.swt.widgets.Display display;
	private final Combo stateFilter;
	private final Text search;
	private final Table table;
	private final Label status;
	private final AtomicInteger generation = new AtomicInteger();
	private List<Row> rows = List.of();
	private List<Row> shown = List.of();
	private LocalDate today = LocalDate.now();
	private volatile boolean loading;
	private Runnable loadedListener = () -> {
	};

	/**
	 * @param parent  where the tab's control goes
	 * @param folder  the folder of OPPs
	 * @param formats the window's formats
	 * @param open    opens a document's tab
	 * @param create  asks for a new OPP ("Nieuw OPP…")
	 * @param csv     makes concept OPPs from a CSV file ("OPP's uit CSV…")
	 */
	public OverviewTab(Composite parent, Path folder, FormatResolver formats, Consumer<Path> open, Runnable create,
			Runnable csv) {
		this.folder = folder;
		this.formats = formats;
		this.open = open;
		control = Widgets.id(new Composite(parent, SWT.NONE), EditorIds.OVERVIEW_TAB);
		control.setLayout(new GridLayout(COLUMNS, false));
		display = control.getDisplay();

		new Label(control, SWT.NONE).setText(Messages.stateLabel);
		stateFilter = Widgets.named(Widgets.id(new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN), EditorIds.STATE_FILTER),
				Messages.stateLabel);
		stateFilter.add(Messages.allStates);
		for (State state : State.values()) {
			stateFilter.add(Texts.state(state));
		}
		stateFilter.select(0);
		stateFilter.addListener(SWT.Selection, e -> filter());

		new Label(control, SWT.NONE).setText(Messages.searchLabel);
		search = Widgets.named(Widgets.id(new Text(control, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER), EditorIds.SEARCH),
				Messages.searchLabel);
		search.setMessage(Messages.searchHint);
		GridData searchData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		searchData.minimumWidth = 160;
		search.setLayoutData(searchData);
		search.addListener(SWT.Modify, e -> filter());

		button(Messages.newButton, EditorIds.NEW_BUTTON, null).addListener(SWT.Selection, e -> create.run());
		button(Messages.csvButton, EditorIds.CSV_BUTTON, Messages.csvTip).addListener(SWT.Selection, e -> csv.run());
		button(Messages.openButton, EditorIds.OPEN_BUTTON, null).addListener(SWT.Selection, e -> openSelected());
		button(Messages.refreshButton, EditorIds.REFRESH_BUTTON, Messages.refreshTip).addListener(SWT.Selection,
				e -> refresh());

		table = Widgets.id(new Table(control, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), EditorIds.OVERVIEW_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, COLUMNS, 1));
		String[] titles = { Messages.columnPupil, Messages.columnState, Messages.columnNext, Messages.columnDue,
				Messages.columnFile, Messages.columnFormat };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(titles[i]);
			column.setWidth(WIDTHS[i]);
		}
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
		// Enter and double-click
		table.addListener(SWT.DefaultSelection, e -> openSelected());
		// A problem in full (cut off in its cell) when the mouse rests on its row.
		table.addListener(SWT.MouseHover, e -> {
			TableItem item = table.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
			int index = item == null ? -1 : table.indexOf(item);
			table.setToolTipText(index >= 0 && index < shown.size() ? shown.get(index).detail() : null);
		});
		// Down from the search field goes to the rows, as in a file dialog.
		search.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && table.getItemCount() > 0) {
				table.setFocus();
				table.setSelection(0);
				e.doit = false;
			}
		});

		status = Widgets.id(new Label(control, SWT.NONE), EditorIds.OVERVIEW_STATUS);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, COLUMNS, 1));
	}

	private Button button(String text, String id, String tip) {
		Button button = Widgets.id(new Button(control, SWT.PUSH), id);
		button.setText(text);
		button.setToolTipText(tip);
		return button;
	}

	public Composite control() {
		return control;
	}

	/** The table of rows, for the window's keyboard focus. */
	public Table table() {
		return table;
	}

	/** Told on the UI thread each time the rows have been read and shown. */
	public void setLoadedListener(Runnable listener) {
		this.loadedListener = listener;
	}

	/** Whether a read of the folder is under way. */
	public boolean isLoading() {
		return loading;
	}

	/** The rows as read, in their order, before filtering. */
	public List<Row> rows() {
		return rows;
	}

	/** Reads the folder again in a background job; the table is filled on the UI thread. Any thread. */
	public void refresh() {
		int mine = generation.incrementAndGet();
		loading = true;
		later(() -> {
			if (!status.isDisposed() && loading) {
				status.setText(Messages.loading);
			}
		});
		Job job = Job.create(Messages.loading, (IProgressMonitor monitor) -> {
			LocalDate at = LocalDate.now();
			List<Row> read = read(folder, formats, at, monitor);
			if (control.isDisposed() || read == null) {
				return Status.CANCEL_STATUS;
			}
			later(() -> {
				if (!control.isDisposed() && generation.get() == mine) {
					today = at;
					rows = read;
					loading = false;
					fitColumns();
					filter();
					loadedListener.run();
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void later(Runnable runnable) {
		if (!display.isDisposed()) {
			try {
				display.asyncExec(runnable);
			} catch (org.eclipse.swt.SWTException e) {
				// the window closed meanwhile
			}
		}
	}

	/**
	 * The rows of a folder's OPPs in the order of {@code opp due}; a row with the problem when a document
	 * or its format cannot be read. {@code null} when cancelled.
	 */
	public static List<Row> read(Path folder, FormatResolver formats, LocalDate at, IProgressMonitor monitor) {
		List<Path> files;
		try {
			files = FolderDocuments.files(folder);
		} catch (IOException e) {
			String problem = NLS.bind(Messages.folderUnreadable, folder, e.getMessage());
			return List.of(new Row(folder, "", null, "", Optional.empty(), problem, problem));
		}
		List<Row> result = new ArrayList<>();
		for (Path file : files) {
			if (monitor != null && monitor.isCanceled()) {
				return null;
			}
			FolderDocuments.Entry entry = FolderDocuments.read(file, formats);
			if (entry.document() == null) {
				result.add(new Row(file, "", null, "", Optional.empty(), Texts.problem(entry.problem()),
						entry.problem().message()));
			} else {
				// issue 16: a document someone else has open is marked (who, since when in the tooltip)
				Optional<DocumentLocks.Holder> holder = DocumentLocks.heldByOther(file); // one read of the lock file
				String inUse = holder.map(h -> NLS.bind(Messages.inUseMark, h.user())).orElse(null);
				String detail = holder.map(DocumentLocks.Holder::describe).orElse(null);
				result.add(new Row(file, entry.pupil(), Lifecycle.state(entry.document()),
						Texts.format(entry.document().format()), entry.next(at), null, detail, inUse));
			}
		}
		result.sort(FolderDocuments.dueOrder(at, Row::next, Row::name));
		return List.copyOf(result);
	}

	/** Applies the state filter and the search to the rows read. */
	private void filter() {
		int index = stateFilter.getSelectionIndex();
		State state = index <= 0 ? null : State.values()[index - 1];
		String query = search.getText().strip().toLowerCase(Locale.ROOT);
		List<Row> matching = new ArrayList<>();
		for (Row row : rows) {
			if ((state == null || state == row.state()) && (query.isEmpty() || row.name().toLowerCase(Locale.ROOT).contains(query))) {
				matching.add(row);
			}
		}
		Path selected = selected();
		shown = List.copyOf(matching);
		table.clearAll();
		table.setItemCount(shown.size());
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).file().equals(selected)) {
				table.setSelection(i);
			}
		}
		status.setText(summary());
		control.layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	private String summary() {
		long overdue = rows.stream().filter(r -> r.next().map(d -> d.overdue(today)).orElse(false)).count();
		long problems = rows.stream().filter(r -> r.problem() != null).count();
		StringBuilder text = new StringBuilder(rows.size() == 1 ? Messages.countOne : NLS.bind(Messages.countMany, rows.size()));
		if (overdue > 0) {
			text.append(" · ").append(NLS.bind(Messages.overdueCount, overdue));
		}
		if (problems > 0) {
			text.append(" · ").append(NLS.bind(Messages.problemCount, problems));
		}
		if (shown.size() != rows.size()) {
			text.append(" · ").append(NLS.bind(Messages.countShown, shown.size(), rows.size()));
		}
		return text.toString();
	}

	private void fill(TableItem item, int index) {
		if (index < 0 || index >= shown.size()) {
			return;
		}
		Row row = shown.get(index);
		item.setText(cells(row));
		item.setData(EditorIds.FILE_KEY, row.file());
		if (row.problem() != null || row.next().map(d -> d.overdue(today)).orElse(false)) {
			item.setForeground(item.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		}
	}

	/** The texts of a row's cells; an overdue deadline is marked in words, not by colour alone. */
	private String[] cells(Row row) {
		boolean overdue = row.next().map(d -> d.overdue(today)).orElse(false);
		String due = row.next().map(d -> d.date().format(Texts.DATE)).orElse("");
		return new String[] { row.name(), row.state() == null ? Messages.problemState : Texts.state(row.state()),
				row.problem() != null ? row.problem() : row.next().map(Planning.Due::label).orElse(Messages.noDeadline),
				overdue ? NLS.bind(Messages.overdueMark, due) : due,
				row.inUse() == null ? row.file().getFileName().toString() : row.file().getFileName() + " " + row.inUse(),
				row.format() };
	}

	/** Each column as wide as its header and its texts (the first rows), up to its maximum. */
	private void fitColumns() {
		GC gc = new GC(table);
		try {
			for (int c = 0; c < table.getColumnCount(); c++) {
				int width = gc.textExtent(table.getColumn(c).getText()).x + 36;
				for (int i = 0; i < Math.min(rows.size(), MEASURED_ROWS); i++) {
					width = Math.max(width, gc.textExtent(cells(rows.get(i))[c]).x + 24);
				}
				table.getColumn(c).setWidth(Math.min(width, MAX_WIDTHS[c]));
			}
		} finally {
			gc.dispose();
		}
	}

	/** The file of the selected row, or {@code null}. */
	public Path selected() {
		int index = table.getSelectionIndex();
		return index >= 0 && index < shown.size() ? shown.get(index).file() : null;
	}

	private void openSelected() {
		Path file = selected();
		if (file != null) {
			open.accept(file);
		}
	}
}
