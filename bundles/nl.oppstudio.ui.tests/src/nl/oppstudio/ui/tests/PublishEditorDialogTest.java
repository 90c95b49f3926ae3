package nl.oppstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.generator.EditorGenerator;
import nl.oppstudio.generator.EditorGenerator.Platform;
import nl.oppstudio.generator.GenerateException;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.ui.internal.publish.Generation;
import nl.oppstudio.ui.internal.publish.PublishEditorDialog;
import nl.oppstudio.ui.internal.publish.PublishIds;

/**
 * Issue 15: "Editor publiceren…" with real widgets on the test thread's display: the defaults, the form
 * filled in and the request the generator gets, the result page with files and sizes, the Dutch errors of
 * wrong input and of a failed generation, and the message when the product has no generator kit. The
 * generator is a stand-in ({@link Generation}) that records the request: no product is needed.
 */
class PublishEditorDialogTest {

	@TempDir
	Path temp;

	private static Display display;
	private static boolean ownDisplay;
	private Shell shell;
	private Path format;
	private PublishEditorDialog dialog;

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
		shell = new Shell(display);
		shell.setSize(400, 300);
		shell.open();
		for (String name : new String[] { Examples.FORMAT, "wettelijk-minimum.oppformat", "logo-swv-voorbeeld.svg" }) {
			Files.copy(Examples.file(name), temp.resolve(name));
		}
		format = temp.resolve(Examples.FORMAT);
	}

	@AfterEach
	void tearDown() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.getShell().dispose();
		}
		shell.dispose();
	}

	private void open(Generation generation) {
		dialog = new PublishEditorDialog(shell, format, generation);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	private <T extends org.eclipse.swt.widgets.Control> T widget(String id, Class<T> type) {
		T found = Ui.find(dialog.getShell(), id, type);
		assertTrue(found != null, "geen widget " + id);
		return found;
	}

	private void set(String id, String text) {
		widget(id, Text.class).setText(text);
	}

	private void generate() {
		widget(PublishIds.GENERATE, Button.class).notifyListeners(SWT.Selection, new Event());
	}

	private String message() {
		return widget(PublishIds.MESSAGE, Label.class).getText();
	}

	@Test
	void theFilledInFormIsTheRequestAndTheResultListsTheFiles() throws Exception {
		AtomicReference<EditorGenerator.Request> seen = new AtomicReference<>();
		Path out = temp.resolve("uit");
		Path updatesFolder = Files.createDirectories(temp.resolve("gedeeld"));
		open((request, progress) -> {
			seen.set(request);
			progress.step("Formaatbundel maken");
			try {
				return writeFiles(request);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		// the defaults: the format's name, its folder's "uitgave", every platform
		assertEquals("OPP Editor OPP SWV De Voorbeeldregio (PO)", widget(PublishIds.NAME, Text.class).getText());
		assertEquals(temp.resolve("uitgave").toString(), widget(PublishIds.OUTPUT, Text.class).getText());
		for (Platform platform : Platform.values()) {
			assertTrue(widget(PublishIds.PLATFORM + platform.label(), Button.class).getSelection(), platform.label());
		}
		assertTrue(widget(PublishIds.GENERATE, Button.class).isEnabled());

		set(PublishIds.NAME, "OPP Editor Rotterdam");
		set(PublishIds.ABOUT, "Vragen? Bel het SWV.");
		set(PublishIds.UPDATES, updatesFolder.toString());
		set(PublishIds.OUTPUT, out.toString());
		widget(PublishIds.PLATFORM + "macos-aarch64", Button.class).setSelection(false);
		generate();
		Ui.until(display, () -> widget(PublishIds.FILES, Table.class).getItemCount() > 0, 30, "de lijst met bestanden");

		EditorGenerator.Request request = seen.get();
		assertEquals(format.toAbsolutePath(), request.format());
		assertEquals(out, request.output());
		assertEquals("OPP Editor Rotterdam", request.branding().name());
		assertNull(request.branding().logo(), "leeg logo: dat van het formaat");
		assertEquals("Vragen? Bel het SWV.", request.branding().about());
		assertEquals(updatesFolder.toUri(), request.updateLocation());
		assertEquals(EnumSet.of(Platform.LINUX_X86_64, Platform.WINDOWS_X86_64), request.platforms());
		// the time opp generate writes too: SOURCE_DATE_EPOCH, else 1 January 2000 (reproducible files)
		String epoch = System.getenv("SOURCE_DATE_EPOCH");
		assertEquals(epoch == null || epoch.isBlank() ? Instant.parse("2000-01-01T00:00:00Z")
				: Instant.ofEpochSecond(Long.parseLong(epoch.strip())), request.timestamp());

		List<String[]> rows = Ui.rows(widget(PublishIds.FILES, Table.class));
		assertEquals("plugins/nl.oppstudio.formats.swv-voorbeeld-opp_0.2.0.jar", rows.get(0)[0]);
		assertEquals("2 kB", rows.get(0)[1]);
		assertEquals("OPP-Editor-Rotterdam-0.2.0-linux-x86_64.tar.gz", rows.get(1)[0]);
		assertEquals("3 MB", rows.get(1)[1]);
		assertEquals("repository/content.jar", rows.get(2)[0]);
		assertTrue(widget(PublishIds.OPEN_FOLDER, Button.class).isVisible());
	}

	/** What a generator writes, in small: a format bundle, a repository file and one archive of 3 MB. */
	private static EditorGenerator.Result writeFiles(EditorGenerator.Request request) throws IOException {
		Files.createDirectories(request.output().resolve("plugins"));
		Files.createDirectories(request.output().resolve("repository/plugins"));
		Path bundle = Files.write(request.output().resolve("plugins/nl.oppstudio.formats.swv-voorbeeld-opp_0.2.0.jar"),
				new byte[2048]);
		Files.write(request.output().resolve("repository/content.jar"), new byte[10]);
		Path archive = Files.write(request.output().resolve("OPP-Editor-Rotterdam-0.2.0-linux-x86_64.tar.gz"),
				new byte[3 * 1024 * 1024]);
		return new EditorGenerator.Result(bundle, request.output().resolve("repository"),
				Map.of(Platform.LINUX_X86_64, archive));
	}

	@Test
	void wrongInputAndAFailedGenerationAreToldInDutch() throws Exception {
		AtomicReference<EditorGenerator.Request> seen = new AtomicReference<>();
		open((request, progress) -> {
			seen.set(request);
			throw new GenerateException("swv-voorbeeld-opp.oppformat:6:1: het formaat heeft geen versie", List.of());
		});
		set(PublishIds.UPDATES, "ftp://server/updates");
		generate();
		assertTrue(message().startsWith("Het adres voor updates moet beginnen met http:// of https://"), message());
		set(PublishIds.UPDATES, "https://updates.swv-rotterdam.nl/opp");
		for (Platform platform : Platform.values()) {
			widget(PublishIds.PLATFORM + platform.label(), Button.class).setSelection(false);
		}
		generate();
		assertEquals("Kies minstens één soort computer.", message());
		widget(PublishIds.PLATFORM + "windows-x86_64", Button.class).setSelection(true);
		set(PublishIds.NAME, "  ");
		generate();
		assertEquals("Vul een naam in.", message());
		assertNull(seen.get(), "niet gegenereerd bij verkeerde invoer");

		set(PublishIds.NAME, "OPP Editor Rotterdam");
		generate();
		Ui.until(display, () -> message().startsWith("Genereren is niet gelukt"), 30, "de foutmelding");
		assertEquals("Genereren is niet gelukt: swv-voorbeeld-opp.oppformat:6:1: het formaat heeft geen versie", message());
		assertEquals(URI.create("https://updates.swv-rotterdam.nl/opp"), seen.get().updateLocation());
		assertEquals(EnumSet.of(Platform.WINDOWS_X86_64), seen.get().platforms());
		// the form is usable again, and no result page is shown
		assertTrue(widget(PublishIds.GENERATE, Button.class).isEnabled());
		assertTrue(widget(PublishIds.NAME, Text.class).isEnabled());
		assertEquals(0, widget(PublishIds.FILES, Table.class).getItemCount());
	}

	@Test
	void anUnexpectedErrorIsToldInDutchWithTheFolderAndTheDetail() throws Exception {
		Path out = temp.resolve("uit");
		open((request, progress) -> {
			throw new IllegalArgumentException("Illegal character in path at index 7");
		});
		set(PublishIds.OUTPUT, out.toString());
		generate();
		Ui.until(display, () -> message().startsWith("Genereren is niet gelukt"), 30, "de foutmelding");
		assertEquals("Genereren is niet gelukt: er ging onverwacht iets mis bij het maken van de editor in " + out
				+ ". Probeer het opnieuw; gaat het weer mis, geef dan deze melding door aan de beheerder."
				+ " (Technisch detail: Illegal character in path at index 7)", message());
		assertTrue(widget(PublishIds.GENERATE, Button.class).isEnabled());

		dialog.getShell().dispose();
		open((request, progress) -> {
			throw new NullPointerException();
		});
		set(PublishIds.OUTPUT, out.toString());
		generate();
		Ui.until(display, () -> message().startsWith("Genereren is niet gelukt"), 30, "de foutmelding");
		assertTrue(message().endsWith("(Technisch detail: NullPointerException)") && !message().contains("null"), message());
	}

	@Test
	void withoutTheGeneratorKitTheDialogSaysSo() {
		String previous = System.getProperty("nl.oppstudio.product");
		System.setProperty("nl.oppstudio.product", temp.resolve("geen-product").toString());
		try {
			open(Generation.installed());
		} finally {
			if (previous == null) {
				System.clearProperty("nl.oppstudio.product");
			} else {
				System.setProperty("nl.oppstudio.product", previous);
			}
		}
		assertFalse(widget(PublishIds.GENERATE, Button.class).isEnabled());
		assertTrue(message().startsWith("Deze installatie van OPP Studio kan geen editor maken"), message());
		assertTrue(message().contains("geen-product"), message());
	}
}
