package nl.oppstudio.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.Format;

/**
 * The bytes as a {@code .opp} file of the example format ({@code swv-voorbeeld-opp}, parsed once),
 * loaded with {@link Documents#load} and checked with {@link Documents#validate} (format and law rules),
 * as {@code opp validate --zonder-paginas} does. A {@link DocumentException} with a message is the
 * documented refusal. Invariants: nothing else throws; every finding has a message; a document that
 * loads is written again ({@link Documents#writeCopy}) and that copy loads with the same pupil name.
 */
public final class DocumentTarget {

	private static final LocalDate AT = LocalDate.of(2026, 11, 30);

	private DocumentTarget() {
	}

	/**
	 * Called by Jazzer once before fuzzing (outside the 1 s limit per input): reads the example format
	 * and runs the seeds, so that loading and instrumenting the classes is not taken for a hang.
	 */
	public static void fuzzerInitialize() {
		Targets.warmUp(Targets.DOCUMENT);
	}

	public static void fuzzerTestOneInput(byte[] data) {
		Format format = Fixtures.exampleFormat();
		Path folder = Fixtures.scratch().resolve("document-" + Thread.currentThread().threadId());
		Path file = folder.resolve("invoer.opp");
		Path copy = folder.resolve("kopie.opp");
		try {
			Files.createDirectories(folder);
			Files.write(file, data);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		OppDocument document;
		try {
			document = Documents.load(file, format);
		} catch (DocumentException e) {
			if (e.diagnostic() == null || e.diagnostic().message().isBlank()) {
				throw new FuzzFinding("refusal without a message", e);
			}
			return;
		}
		List<Diagnostic> found = Documents.validate(document, file, AT);
		for (Diagnostic d : found) {
			if (d.message().isBlank()) {
				throw new FuzzFinding("finding without a message: " + d);
			}
		}
		String name = document.pupilName();
		try {
			Documents.writeCopy(document, copy);
			OppDocument again = Documents.load(copy, format);
			if (!again.pupilName().equals(name)) {
				throw new FuzzFinding("pupil name changed on a round trip: '" + name + "' became '" + again.pupilName() + "'");
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (DocumentException e) {
			throw new FuzzFinding("a loaded document, written again, does not load: " + e.getMessage(), e);
		}
	}
}
