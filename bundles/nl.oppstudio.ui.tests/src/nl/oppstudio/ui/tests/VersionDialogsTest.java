package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.testing.Examples;
import nl.oppstudio.ui.WidgetIds;
import nl.oppstudio.ui.internal.FolderContext;
import nl.oppstudio.ui.internal.StudioContext;
import nl.oppstudio.ui.internal.git.GitIds;
import nl.oppstudio.ui.internal.git.HistoryDialog;
import nl.oppstudio.ui.internal.git.PublishDialog;
import nl.oppstudio.ui.internal.git.StatusDialog;
import nl.oppstudio.ui.internal.git.VersionMenu;
import nl.oppstudio.versions.FormatRepository;

/**
 * Issue 14: the version-control dialogs on a temporary git repository made from the example format, with
 * a small fake {@link StudioContext}: diff two versions, publish and find the commit and the tag, and a
 * breaking change with a minor bump refused (button disabled, reason shown). On the test thread's own
 * display, as the other tests of this bundle (no UI harness).
 */
class VersionDialogsTest {

	private static final String ID = "swv-voorbeeld-opp";

	@TempDir
	Path temp;

	private static Display display;
	private static boolean ownDisplay;
	private Shell shell;
	private Path folder;
	private Path format;
	private final AtomicInteger refreshed = new AtomicInteger();
	private final AtomicInteger saved = new AtomicInteger();

	/** The test thread's display: the one another test class left, or one of our own (disposed after). */
	@BeforeAll
	static void makeDisplay() {
		Display current = Display.findDisplay(Thread.currentThread());
		ownDisplay = current == null;
		display = current != null ? current : new Display();
	}

	@AfterAll
	static void disposeDisplay() {
		if (ownDisplay && !display.isDisposed()) {
			display.dispose();
		}
	}

	@BeforeEach
	void setUp() throws Exception {
		shell = ui(() -> {
			Shell s = new Shell(display);
			s.setSize(400, 300);
			s.open();
			return s;
		});
		folder = temp.resolve("formaten");
		Files.createDirectories(folder);
		for (String name : new String[] { Examples.FORMAT, "wettelijk-minimum.oppformat", "logo-swv-voorbeeld.svg",
				Examples.DOCUMENT }) {
			Files.copy(Examples.file(name), folder.resolve(name));
		}
		format = folder.resolve(Examples.FORMAT);
		replace("versie \"0.2.0\"", "versie \"1.0.0\"");
		try (FormatRepository repository = FormatRepository.start(folder)) {
			repository.publish(format, "1.0.0", "Eerste versie");
		}
	}

	@AfterEach
	void tearDown() {
		ui(() -> {
			shell.dispose();
			return null;
		});
	}

	private void replace(String from, String to) throws Exception {
		String text = Files.readString(format);
		assertTrue(text.contains(from), from);
		Files.writeString(format, text.replace(from, to));
	}

	private final StudioContext context = new FolderContext(() -> folder, () -> shell) {
		@Override
		public Optional<Path> activeFormat() {
			return Optional.of(format);
		}

		@Override
		public boolean saveAll() {
			saved.incrementAndGet();
			return true;
		}

		@Override
		public void refresh() {
			refreshed.incrementAndGet();
		}
	};

	/** Runs on the UI thread, which is the test thread (no UI harness: the Studio is a plain JFace window). */
	private <T> T ui(Supplier<T> action) {
		return action.get();
	}

	/** Waits (up to 30 s) until the condition holds on the UI thread, letting the UI work meanwhile. */
	private void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		long end = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// run what is queued
			}
			if (ui(condition::getAsBoolean)) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("Niet gebeurd binnen 30 s: " + what);
	}

	private Dialog opened(Dialog dialog) {
		return ui(() -> {
			dialog.setBlockOnOpen(false);
			dialog.open();
			return dialog;
		});
	}

	private static <T extends Control> T find(Control control, String id, Class<T> type) {
		if (id.equals(control.getData(WidgetIds.KEY)) && type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, id, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private <T extends Control> T in(Dialog dialog, String id, Class<T> type) {
		return find(dialog.getShell(), id, type);
	}

	@Test
	void historyComparesTwoVersionsAsAReadableList() throws Exception {
		replace("\"School\"", "\"Naam van de school\"");
		try (FormatRepository repository = FormatRepository.open(folder).orElseThrow()) {
			repository.publish(format, "1.0.1", "Label van school");
		}
		Dialog dialog = opened(new HistoryDialog(shell, format));
		// the current text, then 1.0.1, then 1.0.0
		waitUntil("three rows", () -> in(dialog, GitIds.HISTORY_TABLE, Table.class).getItemCount() == 3);
		List<String> versions = ui(() -> List.of(in(dialog, GitIds.HISTORY_TABLE, Table.class).getItems()).stream()
				.map(item -> item.getText(0) + "|" + item.getText(4)).toList());
		assertEquals(List.of("(huidige tekst)|", "1.0.1|" + ID + "/v1.0.1", "1.0.0|" + ID + "/v1.0.0"), versions);
		ui(() -> {
			Table table = in(dialog, GitIds.HISTORY_TABLE, Table.class);
			table.setSelection(new int[] { 1, 2 });
			table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			return null;
		});
		waitUntil("the diff", () -> in(dialog, GitIds.HISTORY_DIFF, Text.class).getText().startsWith("Van 1.0.0"));
		String diff = ui(() -> in(dialog, GitIds.HISTORY_DIFF, Text.class).getText());
		assertTrue(diff.contains("Compatibel (1)") && diff.contains("Bestaande documenten blijven geldig")
				&& diff.contains("leerling/school: label 'School' wordt 'Naam van de school'"), diff);
		assertFalse(diff.contains("Brekend"), diff);
		ui(() -> dialog.close());
	}

	@Test
	void publishCommitsAndTags() throws Exception {
		replace("\"School\"", "\"Naam van de school\"");
		Dialog dialog = opened(new PublishDialog(shell, context, format));
		waitUntil("the proposed version and a plan that allows publishing",
				() -> "1.0.1".equals(in(dialog, GitIds.PUBLISH_VERSION, Text.class).getText())
						&& in(dialog, GitIds.PUBLISH_BUTTON, Button.class).isEnabled());
		ui(() -> {
			in(dialog, GitIds.PUBLISH_MESSAGE, Text.class).setText("Label van school");
			return null;
		});
		waitUntil("a plan with the message", () -> in(dialog, GitIds.PUBLISH_BUTTON, Button.class).isEnabled()
				&& in(dialog, GitIds.PUBLISH_STEPS, Table.class).getItem(3).getText(2).contains("Label van school"));
		assertEquals(5, (int) ui(() -> in(dialog, GitIds.PUBLISH_STEPS, Table.class).getItemCount()));
		ui(() -> {
			in(dialog, GitIds.PUBLISH_BUTTON, Button.class).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			return null;
		});
		waitUntil("published", () -> in(dialog, GitIds.PUBLISH_REASON, Label.class).getText().startsWith("Gepubliceerd"));
		assertEquals("Gepubliceerd: versie 1.0.1 met label " + ID + "/v1.0.1.",
				ui(() -> in(dialog, GitIds.PUBLISH_REASON, Label.class).getText()));
		assertEquals(1, refreshed.get());
		try (FormatRepository repository = FormatRepository.open(folder).orElseThrow()) {
			FormatRepository.Version newest = repository.history(format).get(0);
			assertEquals("Label van school", newest.message());
			assertEquals(List.of(ID + "/v1.0.1"), newest.tags());
			assertEquals("1.0.1", newest.formatVersion());
		}
		assertTrue(Files.readString(format).contains("versie \"1.0.1\""));
		ui(() -> dialog.close());
	}

	@Test
	void aBreakingChangeWithAMinorBumpIsRefused() throws Exception {
		replace("\t\tveld school \"School\": tekst verplicht\n", "");
		byte[] before = Files.readAllBytes(format);
		Dialog dialog = opened(new PublishDialog(shell, context, format));
		waitUntil("the proposed major version", () -> "2.0.0".equals(in(dialog, GitIds.PUBLISH_VERSION, Text.class).getText())
				&& in(dialog, GitIds.PUBLISH_BUTTON, Button.class).isEnabled());
		ui(() -> {
			in(dialog, GitIds.PUBLISH_VERSION, Text.class).setText("1.1.0");
			return null;
		});
		waitUntil("the refusal", () -> in(dialog, GitIds.PUBLISH_REASON, Label.class).getText().contains("hoofdversie"));
		assertFalse(ui(() -> in(dialog, GitIds.PUBLISH_BUTTON, Button.class).isEnabled()));
		String reason = ui(() -> in(dialog, GitIds.PUBLISH_REASON, Label.class).getText());
		assertTrue(reason.startsWith("Publiceren kan niet:") && reason.contains("nieuwe hoofdversie (2.0.0), niet 1.1.0"), reason);
		String step = ui(() -> in(dialog, GitIds.PUBLISH_STEPS, Table.class).getItem(1).getText(0) + " "
				+ in(dialog, GitIds.PUBLISH_STEPS, Table.class).getItem(1).getText(1));
		assertEquals("✘ Versienummer controleren", step);
		ui(() -> dialog.close());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(format)), "the file is untouched");
		try (FormatRepository repository = FormatRepository.open(folder).orElseThrow()) {
			assertEquals(List.of(ID + "/v1.0.0"), repository.history(format).get(0).tags());
		}
	}

	@Test
	void statusShowsTheChangedFormatWithItsDocument() throws Exception {
		replace("\"School\"", "\"Naam van de school\"");
		Path document = folder.resolve(Examples.DOCUMENT);
		Files.writeString(document, Files.readString(document).replace("De Kastanje", "De Eik"));
		Dialog dialog = opened(new StatusDialog(shell, context));
		waitUntil("the format", () -> in(dialog, GitIds.STATUS_TREE, Tree.class).getItem(0).getText().startsWith(ID));
		List<String> files = ui(() -> List.of(in(dialog, GitIds.STATUS_TREE, Tree.class).getItem(0).getItems()).stream()
				.map(item -> item.getText()).toList());
		assertEquals(List.of(Examples.FORMAT + " — gewijzigd", Examples.DOCUMENT + " — gewijzigd"), files);
		ui(() -> dialog.close());
		assertEquals("gewijzigd", VersionMenu.states(folder).get(format.toAbsolutePath()));
		assertTrue(VersionMenu.states(temp).isEmpty(), "no repository, no states");
	}
}
