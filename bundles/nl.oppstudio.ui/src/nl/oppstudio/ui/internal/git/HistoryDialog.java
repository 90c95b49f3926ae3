package nl.oppstudio.ui.internal.git;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.versions.FormatRepository;
import nl.oppstudio.versions.VersionException;

/**
 * "Geschiedenis van dit formaat": the commits of a format file (with the current text on top); two
 * chosen versions, or one and the current text, are compared as a readable list of what the newer one
 * means for documents (compatibel / vraagt migratie / brekend). Reading runs off the UI thread.
 */
public final class HistoryDialog extends Dialog {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private final Path format;
	private Table table;
	private Text diff;
	/** The rows of the table: the current text ({@code null} id) first, then the commits. */
	private final List<FormatRepository.Version> rows = new ArrayList<>();
	private int generation;

	public HistoryDialog(Shell parent, Path format) {
		super(parent);
		this.format = format;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.historyTitle, format.getFileName()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.historyIntro);
		GridDataFactory.fillDefaults().hint(700, SWT.DEFAULT).grab(true, false).applyTo(intro);
		SashForm sash = new SashForm(area, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(860, 520).applyTo(sash);
		table = new Table(sash, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION);
		table.setData(WidgetIds.KEY, GitIds.HISTORY_TABLE);
		table.setHeaderVisible(true);
		String[] titles = { Messages.historyColumnVersion, Messages.historyColumnDate, Messages.historyColumnAuthor,
				Messages.historyColumnMessage, Messages.historyColumnTags };
		int[] widths = { 110, 130, 140, 300, 200 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		diff = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		diff.setData(WidgetIds.KEY, GitIds.HISTORY_DIFF);
		diff.setText(Messages.busy);
		sash.setWeights(2, 3);
		table.addListener(SWT.Selection, e -> compare());
		load();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.close, true);
	}

	private void load() {
		Background.run(getParentShell().getDisplay(), "geschiedenis", () -> {
			try (FormatRepository repository = repository()) {
				return repository.history(format);
			}
		}, versions -> {
			if (table.isDisposed()) {
				return;
			}
			rows.clear();
			rows.add(new FormatRepository.Version(null, "", null, "", Messages.historyWorkingCopy, List.of(), ""));
			rows.addAll(versions);
			for (FormatRepository.Version version : rows) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { version.id() == null ? Messages.historyWorkingCopy : version.formatVersion(),
						version.when() == null ? "" : WHEN.format(version.when()), version.author(),
						version.id() == null ? "" : version.message().lines().findFirst().orElse(""),
						String.join(", ", version.tags()) });
			}
			diff.setText(versions.isEmpty() ? Messages.historyNone : Messages.historyPick);
		}, this::failed);
	}

	/** Compares the chosen rows: the lower one (older) to the upper one (newer, or the current text). */
	private void compare() {
		int[] chosen = table.getSelectionIndices();
		java.util.Arrays.sort(chosen);
		if (chosen.length == 0 || chosen.length > 2 || chosen.length == 1 && chosen[0] == 0) {
			diff.setText(Messages.historyPick);
			return;
		}
		FormatRepository.Version older = rows.get(chosen[chosen.length - 1]);
		FormatRepository.Version newer = chosen.length == 2 ? rows.get(chosen[0]) : rows.get(0);
		int mine = ++generation;
		diff.setText(Messages.historyComparing);
		Background.run(getShell().getDisplay(), "vergelijken", () -> {
			try (FormatRepository repository = repository()) {
				return repository.diff(format, older.id(), newer.id());
			}
		}, report -> {
			if (mine == generation && !diff.isDisposed()) {
				diff.setText(NLS.bind(Messages.historyFromTo, label(older), label(newer)) + "\n" + report.text());
			}
		}, e -> {
			if (mine == generation) {
				failed(e);
			}
		});
	}

	private static String label(FormatRepository.Version version) {
		return version.id() == null ? Messages.historyWorkingCopy
				: version.formatVersion() + " (" + version.shortId() + ")";
	}

	private void failed(Exception e) {
		if (diff != null && !diff.isDisposed()) {
			diff.setText(NLS.bind(Messages.failed, e.getMessage()));
		}
	}

	private FormatRepository repository() throws VersionException {
		return FormatRepository.open(format.getParent())
				.orElseThrow(() -> new VersionException(Messages.notRepository));
	}
}
