package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.LifecycleException;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.State;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * Issue 5: states, consent and an append-only, hash-chained log. Handreiking OPP (seed 001) 3.2: "Het OPP
 * wordt pas vastgesteld nadat de ouders daadwerkelijk hebben ingestemd met het handelingsdeel
 * (instemmingsrecht)"; seed 000: "Zolang er geen overeenstemming is over het handelingsdeel kan school
 * het OPP niet uitvoeren".
 */
class LifecycleTest {

	private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-10-01T10:00:00+02:00");
	private static Format format;

	@TempDir
	Path temp;

	@BeforeAll
	static void loadFormat() {
		format = TestFormats.example();
	}

	private OppDocument adopted() throws Exception {
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), format);
		Lifecycle.transition(document, State.TER_INSTEMMING, "J. Jansen", "intern begeleider", null, T0);
		Lifecycle.consent(document, "M. de Vries", "ouder", "akkoord", "papier", null, T0.plusDays(4));
		Lifecycle.transition(document, State.VASTGESTELD, "A. Bakker", "directeur", "namens het bestuur", T0.plusDays(8));
		return document;
	}

	/** The example without the consent it records: consent is given through the lifecycle. */
	private static OppDocument withoutConsent() throws Exception {
		String text = java.nio.file.Files.readString(Examples.file(Examples.DOCUMENT));
		int start = text.indexOf("    <instemming>");
		int end = text.indexOf("</instemming>\n") + "</instemming>\n".length();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("zonder-instemming", ".opp");
		java.nio.file.Files.writeString(file, text.substring(0, start) + text.substring(end));
		return Documents.load(file, format);
	}

	@Test
	void aPlanIsAdoptedOnlyAfterConsentOnTheHandelingsdeel() throws Exception {
		OppDocument document = withoutConsent();
		assertEquals(State.CONCEPT, Lifecycle.state(document));
		LifecycleException skip = assertThrows(LifecycleException.class,
				() -> Lifecycle.transition(document, State.VASTGESTELD, "A", "directeur", null, T0));
		assertTrue(skip.getMessage().contains("ter-instemming"), skip.getMessage());
		Lifecycle.transition(document, State.TER_INSTEMMING, "J. Jansen", "intern begeleider", null, T0);
		LifecycleException noConsent = assertThrows(LifecycleException.class,
				() -> Lifecycle.transition(document, State.VASTGESTELD, "A", "directeur", null, T0.plusDays(1)));
		assertTrue(noConsent.getMessage().contains("instemming"), noConsent.getMessage());
		Lifecycle.consent(document, "M. de Vries", "ouder", "nietAkkoord", "digitaal", "niet met punt 2", T0.plusDays(2));
		assertThrows(LifecycleException.class,
				() -> Lifecycle.transition(document, State.VASTGESTELD, "A", "directeur", null, T0.plusDays(3)));
		Lifecycle.consent(document, "M. de Vries", "ouder", "akkoord", "digitaal", null, T0.plusDays(4));
		Lifecycle.transition(document, State.VASTGESTELD, "A", "directeur", null, T0.plusDays(5));
		assertEquals(State.VASTGESTELD, Lifecycle.state(document));
		assertEquals(4, Lifecycle.entries(document).size(), "refused moves leave no trace; consents do");
		assertEquals(List.of(), Lifecycle.verify(document, null));
	}

	@Test
	void consentNeedsAKnownDecisionAndWay() throws Exception {
		OppDocument document = Documents.load(Examples.file(Examples.DOCUMENT), format);
		assertThrows(LifecycleException.class, () -> Lifecycle.consent(document, "M", "ouder", "ja", null, null, T0));
		assertThrows(LifecycleException.class, () -> Lifecycle.consent(document, "M", "ouder", "akkoord", "fax", null, T0));
	}

	@Test
	void theLogSurvivesSaveAndLoad() throws Exception {
		Path file = temp.resolve("sem.opp");
		Documents.save(adopted(), file);
		OppDocument reloaded = Documents.load(file, format);
		assertEquals(State.VASTGESTELD, Lifecycle.state(reloaded));
		assertEquals(List.of(), Lifecycle.verify(reloaded, file));
		assertTrue(Files.readString(file).contains("<logboek>"), "the log is readable XML in the document");
	}

	@Test
	void tamperingWithTheLogIsDetected() throws Exception {
		Path file = temp.resolve("sem.opp");
		Documents.save(adopted(), file);
		String text = Files.readString(file);
		Files.writeString(file, text.replace("<besluit>akkoord</besluit>", "<besluit>nietAkkoord</besluit>"));
		List<Diagnostic> changed = Lifecycle.verify(Documents.load(file, format), file);
		assertTrue(changed.stream().anyMatch(d -> d.message().contains("regel 2") && d.message().contains("gewijzigd")),
				changed.toString());

		int start = text.indexOf("<logboek>", text.indexOf("<logboek>") + 1);
		int end = text.indexOf("</logboek>", start) + "</logboek>".length();
		Files.writeString(file, text.substring(0, start) + text.substring(end));
		List<Diagnostic> removed = Lifecycle.verify(Documents.load(file, format), file);
		assertTrue(removed.stream().anyMatch(d -> d.message().contains("keten")), removed.toString());
	}

	@Test
	void contentChangedAfterVaststellingIsDetected() throws Exception {
		OppDocument document = adopted();
		document.setValue(document.schema().leaf("handelingsdeel/aanpak"), "Iets heel anders");
		List<Diagnostic> problems = Lifecycle.verify(document, null);
		assertTrue(problems.stream().anyMatch(d -> d.message().contains("gewijzigd nadat het OPP is vastgesteld")),
				problems.toString());
		Lifecycle.transition(document, State.IN_UITVOERING, "A", "mentor", null, T0.plusDays(20));
		Lifecycle.transition(document, State.GEEVALUEERD, "A", "mentor", null, T0.plusDays(200));
		Lifecycle.transition(document, State.BIJGESTELD, "A", "mentor", "nieuwe versie", T0.plusDays(201));
		assertTrue(Lifecycle.verify(document, null).stream().noneMatch(d -> d.message().contains("vastgesteld")),
				"a bijgesteld plan may change");
	}
}
