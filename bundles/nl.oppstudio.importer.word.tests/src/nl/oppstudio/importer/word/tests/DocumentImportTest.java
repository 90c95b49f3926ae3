package nl.oppstudio.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.State;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.importer.word.DocumentResult;
import nl.oppstudio.importer.word.ReportEntry;
import nl.oppstudio.importer.word.ReportEntry.Outcome;
import nl.oppstudio.importer.word.internal.FilledMapper;
import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.WordFile.ControlKind;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/**
 * A filled-in copy becomes a concept document: by the Word places a draft format records, by label, with
 * check boxes, Dutch dates, tables and consents, and nothing lost (docs/word-import.md, "Filled-in copy →
 * document"). The copies are {@link WordFile}s as the reader makes them, in the style of the example OPP format
 * of the Handreiking OPP (seed 001, Bijlage 2): Data, 1a/1b factoren, 2 samenvattend beeld, 3 uitstroomprofiel,
 * 7 contactpersonen, 8 zienswijzen, and a signature table. The pupil is fictional.
 */
class DocumentImportTest {

	private static final OffsetDateTime AT = OffsetDateTime.parse("2025-10-06T10:00:00+02:00");

	/** The draft a template import makes of the template below, with its recorded Word places. */
	static final String DRAFT = """
			formaat "bijlage2-opp" "OPP volgens Bijlage 2"
			versie "0.1.0"
			soort opp
			voor po
			{
				sectie gegevens "Gegevens van de leerling" {
					// word: tabel 1 rij 1 kolom 2
					veld naamLeerling "Naam leerling": tekst
					// word: tabel 1 rij 2 kolom 2
					veld geboortedatum "Geboortedatum": datum
					// word: tabel 1 rij 3 kolom 2
					veld groep "Groep": keuze { optie groep5 "Groep 5" optie groep6 "Groep 6" optie groep7 "Groep 7" }
					// word: tabel 1 rij 4 kolom 2
					veld school "School": tekst max 40
					// word: tabel 1 rij 5 kolom 2
					veld uren "Uren extra ondersteuning per week": getal min 0 max 40
				}
				sectie data "Data" {
					// word: alinea 3
					veld startOpp "Start OPP": datum verplicht wet startdatum
					// word: alinea 4
					veld monitoren "Monitoren OPP (minimaal ieder half jaar, als nodig vaker)": datum
					// word: inhoud "evaluatie"
					veld evalueren "Evalueren OPP (na een jaar)": datum wet evaluatie
				}
				// herkend uit "bevorderende factoren"
				// word leerlingBevorderend: tabel 2 rij 2 kolom 1 alinea 1
				// word onderwijsBevorderend: tabel 2 rij 2 kolom 1 alinea 2
				// word thuisBevorderend: tabel 2 rij 2 kolom 1 alinea 3
				// word leerlingBelemmerend: tabel 2 rij 2 kolom 2 alinea 1
				// word onderwijsBelemmerend: tabel 2 rij 2 kolom 2 alinea 2
				// word thuisBelemmerend: tabel 2 rij 2 kolom 2 alinea 3
				factoren factoren "Bevorderende en belemmerende factoren" van leerling, onderwijs, thuis
				sectie beeld "Samenvattend beeld" {
					// word: onder alinea 6
					veld beeld "Samenvattend/integratief beeld (huidige situatie en wisselwerking tussen de verschillende factoren)": tekst lang
						uitleg "Beschrijf kort de huidige situatie."
				}
				// herkend uit "Uitstroomprofiel en onderbouwing"
				// word niveau: alinea 11
				// word onderbouwing: alinea 12
				uitstroom uitstroom "Uitstroomprofiel en onderbouwing" {
					niveau { optie pro "Praktijkonderwijs" optie vmboBb "vmbo basisberoepsgerichte leerweg" optie vmboKb "vmbo kaderberoepsgerichte leerweg" }
					onderbouwing
				}
				sectie handelingsdeel "Handelingsdeel" handelingsdeel {
					// word: onder alinea 13
					veld aanpak "Wat doet de school": tekst lang
				}
				sectie contacten "Contactpersonen" {
					// word: tabel 3
					groep contactpersonen "Contactpersonen" herhaalbaar max 3 tabel {
						// word: tabel 3 kolom 1
						veld contactpersoon "Contactpersoon": tekst
						// word: tabel 3 kolom 2
						veld naam "Naam contactpersoon": tekst
						// word: tabel 3 kolom 3
						veld bereikbaar "Mailadres/telefoonnummer/contactmomenten": tekst
					}
				}
				sectie zienswijzen "Zienswijzen" {
					// word zienswijze: tabel 4 rij 1 kolom 2
					hoorrecht leerling "Zienswijze leerling (hoorrecht)"
					oogo overleg "Op overeenstemming gericht overleg"
					// word: tabel 4 rij 2 kolom 2
					veld ouders "Zienswijze ouders/verzorgers": tekst lang
				}
				sectie ondertekening "Ondertekening" {
					// word: tabel 5 rij 2
					veld instemming "Instemming ouders met het handelingsdeel": instemming door "ouders" op handelingsdeel
				}
				cyclus cyclus "Planning" {
					fase vaststelling "OPP vastgesteld" soort vaststelling uiterlijk 6 weken na inschrijving door "bevoegd gezag"
					fase registratie "Gemeld bij DUO" soort registratie uiterlijk 4 weken na vaststelling door "administratie"
				}
			}
			""";

	/** What a school types into the template, by place. */
	static Map<String, String> daan() {
		Map<String, String> values = new HashMap<>();
		values.put("naam", "Daan Vermeulen");
		values.put("geboren", "14-03-2015");
		values.put("groep", "☐ Groep 5 ☒ Groep 6 ☐ Groep 7");
		values.put("school", "Obs De Regenboog");
		values.put("uren", "2,5");
		values.put("start", "12-09-2025");
		values.put("monitoren", "12 februari 2026");
		values.put("evaluatie", "30.06.2026");
		values.put("1a", "Daan is nieuwsgierig en vraagt om hulp.\nKleine groep met vaste leerkracht.\nOuders lezen elke avond voor.");
		values.put("1b", "Daan raakt snel afgeleid.\nWeinig tijd voor verlengde instructie.\nWisselende werktijden ouders.");
		values.put("beeld", "Daan leest op niveau; rekenen blijft achter.\nHij werkt beter met korte opdrachten.");
		values.put("niveau", "☐ Praktijkonderwijs ☒ vmbo basisberoepsgerichte leerweg ☐ vmbo kaderberoepsgerichte leerweg");
		values.put("onderbouwing", "Gewogen met leerkracht, ouders en Daan.");
		values.put("aanpak", "Twee keer per week verlengde instructie rekenen.");
		values.put("contacten", "School|M. de Boer (ib)|ib@obs-regenboog.example\nOuders/verzorgers|R. Vermeulen|06-12345678");
		values.put("zienswijze leerling", "Met blokjes snap ik het beter.");
		values.put("zienswijze ouders", "Wij zijn blij met de extra instructie.");
		values.put("ondertekening", "R. Vermeulen|3 oktober 2025|☒ akkoord ☐ niet akkoord");
		return values;
	}

	/** The template of seed 001's Bijlage 2, in a table-and-heading layout, filled with {@code values} (empty: the template). */
	static FakeWord bijlage2(Map<String, String> values, boolean drift) {
		String[] labels1a = { "Leerling:", "Onderwijs:", "Ondersteuning thuis:" };
		FakeWord word = new FakeWord().heading(1, "Ontwikkelingsperspectief");
		word.table(row("#Naam leerling", values.getOrDefault("naam", "")), row("#Geboortedatum", values.getOrDefault("geboren", "")),
				row("#Groep", values.getOrDefault("groep", "☐ Groep 5 ☐ Groep 6 ☐ Groep 7")),
				row("#School", values.getOrDefault("school", "")),
				row("#Uren extra ondersteuning per week", values.getOrDefault("uren", "")));
		word.heading(2, "Data");
		if (drift) {
			word.para("Datum laatste versie: 1 oktober 2025"); // a line the school added
		}
		word.para("Start OPP: " + values.getOrDefault("start", "__________"));
		word.para("Monitoren OPP (minimaal ieder half jaar, als nodig vaker): " + values.getOrDefault("monitoren", "......"));
		word.control("Evalueren OPP (na een jaar):", ControlKind.DATE, "evaluatie", "Klik om een datum in te voeren",
				values.getOrDefault("evaluatie", ""), "dd.MM.yyyy");
		word.table(row("1a. Recente en voor onderwijs en uitstroomprofiel relevante bevorderende factoren",
				"1b. Recente en voor onderwijs en uitstroomprofiel relevante belemmerende factoren"),
				row(labelled(labels1a, values.get("1a")), labelled(labels1a, values.get("1b"))));
		word.heading(2, "2. Samenvattend/integratief beeld (huidige situatie en wisselwerking tussen de verschillende factoren):");
		word.guidance("Beschrijf kort de huidige situatie.");
		for (String line : values.getOrDefault("beeld", "").split("\n")) {
			word.para(line);
		}
		word.heading(2, "3. Uitstroomprofiel en onderbouwing");
		word.para("Uitstroomprofiel: " + values.getOrDefault("niveau",
				"☐ Praktijkonderwijs ☐ vmbo basisberoepsgerichte leerweg ☐ vmbo kaderberoepsgerichte leerweg"));
		word.para("Onderbouwing: " + values.getOrDefault("onderbouwing", ""));
		word.bold("Wat doet de school:");
		word.para(values.getOrDefault("aanpak", ""));
		word.heading(2, "7. Contactpersonen");
		List<String[]> contacts = new ArrayList<>();
		contacts.add(row("Contactpersoon", "Naam", "Mailadres/telefoonnummer/contactmomenten"));
		String[] given = values.getOrDefault("contacten", "").split("\n");
		String[] roles = { "School", "Ouders/verzorgers", "Hulpverleners" };
		for (int i = 0; i < roles.length; i++) {
			String[] cells = i < given.length && !given[i].isEmpty() ? given[i].split("\\|") : new String[] { roles[i], "", "" };
			contacts.add(row("#" + cells[0], cells[1], cells[2]));
		}
		if (drift) {
			contacts.add(row("Leerplicht", "K. Jansen", "leerplicht@gemeente.example")); // a row the school added
		}
		word.table(contacts.toArray(String[][]::new));
		word.heading(2, "8. Zienswijzen");
		word.table(row("#Zienswijze leerling (hoorrecht)", values.getOrDefault("zienswijze leerling", "")),
				row("#Zienswijze ouders/verzorgers", values.getOrDefault("zienswijze ouders", "")));
		word.heading(2, "Ondertekening");
		String[] signed = values.getOrDefault("ondertekening", "||☐ akkoord ☐ niet akkoord").split("\\|", -1);
		word.table(row("", "Naam", "Datum", "Akkoord"), row("#Ouders/verzorgers", signed[0], signed[1], signed[2]));
		return word;
	}

	private static String labelled(String[] labels, String values) {
		String[] lines = values == null ? new String[0] : values.split("\n");
		List<String> paras = new ArrayList<>();
		for (int i = 0; i < labels.length; i++) {
			paras.add(labels[i] + (i < lines.length ? " " + lines[i] : ""));
		}
		return String.join("\n", paras);
	}

	private static String[] row(String... cells) {
		return cells;
	}

	private static DocumentResult importDaan(Path folder, boolean drift) {
		Format draft = TestFormats.load(write(folder, "bijlage2-opp.oppformat", DRAFT));
		return FilledMapper.map(bijlage2(daan(), drift).file("daan-vermeulen.docx"), draft, Map.of(), AT);
	}

	static Path write(Path folder, String name, String text) {
		TestFormats.write(folder, name, text);
		return folder.resolve(name);
	}

	@Test
	void valuesGoWhereTheDraftRecordedThem(@TempDir Path temp) {
		OppDocument document = importDaan(temp, false).document();
		assertEquals("Daan Vermeulen", value(document, "gegevens/naamLeerling"));
		assertEquals("2015-03-14", value(document, "gegevens/geboortedatum"), "12-09-2025 style dates become ISO");
		assertEquals("groep6", value(document, "gegevens/groep"), "the ticked box names the option");
		assertEquals("2.5", value(document, "gegevens/uren"), "a decimal comma");
		assertEquals("2025-09-12", value(document, "data/startOpp"));
		assertEquals("2026-02-12", value(document, "data/monitoren"), "a date written out in Dutch");
		assertEquals("2026-06-30", value(document, "data/evalueren"), "a date content control, in its own pattern");
		assertEquals("Daan is nieuwsgierig en vraagt om hulp.", value(document, "factoren/leerlingBevorderend"));
		assertEquals("Wisselende werktijden ouders.", value(document, "factoren/thuisBelemmerend"));
		assertEquals("Daan leest op niveau; rekenen blijft achter.\nHij werkt beter met korte opdrachten.",
				value(document, "beeld/beeld"), "the paragraphs under a heading, joined by new lines, without its guidance");
		assertEquals("vmboBb", value(document, "uitstroom/niveau"));
		assertEquals("Gewogen met leerkracht, ouders en Daan.", value(document, "uitstroom/onderbouwing"));
		assertEquals("Twee keer per week verlengde instructie rekenen.", value(document, "handelingsdeel/aanpak"));
		assertEquals("Met blokjes snap ik het beter.", value(document, "zienswijzen/leerling/zienswijze"));
		assertEquals("Wij zijn blij met de extra instructie.", value(document, "zienswijzen/ouders"));
	}

	@Test
	void aTableFillsOneGroupRowPerNonEmptyRow(@TempDir Path temp) {
		OppDocument document = importDaan(temp, false).document();
		List<Map<String, String>> rows = rows(document, "contacten", "contactpersonen");
		assertEquals(2, rows.size(), "the empty row 'Hulpverleners' (its shaded label only) is no row: " + rows);
		assertEquals("M. de Boer (ib)", rows.get(0).get("naam"), "column 2 as recorded: its header 'Naam' is not the label");
		assertEquals("Ouders/verzorgers", rows.get(1).get("contactpersoon"));
		assertEquals("06-12345678", rows.get(1).get("bereikbaar"));
	}

	@Test
	void aTickedAkkoordWithNameAndDateIsConsentOnPaper(@TempDir Path temp) {
		OppDocument document = importDaan(temp, false).document();
		assertEquals("akkoord", value(document, "ondertekening/instemming/besluit"));
		assertEquals("R. Vermeulen", value(document, "ondertekening/instemming/wie"));
		assertEquals("2025-10-03", value(document, "ondertekening/instemming/datum"));
		assertNull(value(document, "ondertekening/instemming/wijze"), "finding 7: no signature place, so no 'papier' assumed");
	}

	/** Handreiking OPP (seed 001, 3.2): parents consent to the handelingsdeel; a signature alone does not say so. */
	@Test
	void aNameAndDateWithoutAkkoordAreNoConsent(@TempDir Path temp) {
		Map<String, String> values = daan();
		values.put("ondertekening", "R. Vermeulen|3 oktober 2025|☐ akkoord ☐ niet akkoord");
		Format draft = TestFormats.load(write(temp, "bijlage2-opp.oppformat", DRAFT));
		DocumentResult result = FilledMapper.map(bijlage2(values, false).file("daan.docx"), draft, Map.of(), AT);
		OppDocument document = result.document();
		assertNull(value(document, "ondertekening/instemming/besluit"));
		assertNull(value(document, "ondertekening/instemming/wie"));
		assertNull(value(document, "ondertekening/instemming/datum"));
		String archive = archive(document).toString();
		assertTrue(archive.contains("R. Vermeulen") && archive.contains("3 oktober 2025")
				&& archive.contains("geen instemming vastgelegd"), archive);
		assertTrue(result.report().stream().anyMatch(e -> e.outcome() == Outcome.ARCHIVED && e.excerpt().contains("R. Vermeulen")
				&& e.result().contains("zonder uitdrukkelijk akkoord")), result.report().toString());
	}

	/**
	 * Bijlage 2 asks "instemmingsrecht voor handelingsdeel (rubrieken 5 en 6), eventueel met ondertekening voor
	 * akkoord" (seed 001, line 841): a ticked "Ja" to the consent question is the decision; the signature table's
	 * row for the party (the format's {@code door "ouders"}) gives who and when.
	 */
	@Test
	void aTickedJaToTheConsentQuestionWithTheSignatureRowIsConsent() {
		Format example = TestFormats.example();
		for (boolean ja : new boolean[] { true, false }) {
			FakeWord word = new FakeWord().para("Naam van de leerling: Noor Bakker")
					.para("Ouders stemmen in met het handelingsdeel: " + (ja ? "☒ Ja ☐ Nee" : "☐ Ja ☐ Nee"))
					.heading(2, "Ondertekening voor akkoord")
					.table(row("", "Naam", "Datum", "Handtekening"), row("Ouders/verzorgers", "P. Bakker", "22-09-2025", ""));
			DocumentResult result = FilledMapper.map(word.file("noor.docx"), example, Map.of(), AT);
			OppDocument document = result.document();
			if (ja) {
				assertEquals("akkoord", value(document, "betrokkenheid/instemming/besluit"));
				assertEquals("P. Bakker", value(document, "betrokkenheid/instemming/wie"));
				assertEquals("2025-09-22", value(document, "betrokkenheid/instemming/datum"));
				assertEquals("papier", value(document, "betrokkenheid/instemming/wijze"));
			} else {
				assertNull(value(document, "betrokkenheid/instemming/besluit"));
				assertNull(value(document, "betrokkenheid/instemming/wie"));
				String archive = archive(document).toString();
				assertTrue(archive.contains("P. Bakker") && archive.contains("22-09-2025"), archive);
			}
		}
	}

	@Test
	void driftedCopiesStillFindTheirValuesByLabel(@TempDir Path temp) {
		DocumentResult result = importDaan(temp, true);
		OppDocument document = result.document();
		// "alinea 3" now holds the added line: its label does not match "Start OPP", so the label decides
		assertEquals("2025-09-12", value(document, "data/startOpp"));
		assertEquals("2026-02-12", value(document, "data/monitoren"));
		List<Map<String, String>> rows = rows(document, "contacten", "contactpersonen");
		assertEquals(3, rows.size(), rows.toString());
		assertEquals("K. Jansen", rows.get(2).get("naam"), "the added row is a group row");
		String archive = archive(document).toString();
		assertTrue(archive.contains("Datum laatste versie: 1 oktober 2025"), "the added paragraph is kept: " + archive);
	}

	@Test
	void rowsPastTheGroupsMaximumAreArchived(@TempDir Path temp) {
		Map<String, String> values = daan();
		values.put("contacten", values.get("contacten") + "\nJeugdzorg|A. Smit|a.smit@jeugdzorg.example");
		Format draft = TestFormats.load(write(temp, "bijlage2-opp.oppformat", DRAFT.replace("max 3", "max 2")));
		DocumentResult result = FilledMapper.map(bijlage2(values, false).file("daan.docx"), draft, Map.of(), AT);
		assertEquals(2, rows(result.document(), "contacten", "contactpersonen").size());
		String archive = archive(result.document()).toString();
		assertTrue(archive.contains("A. Smit") && archive.contains("hooguit 2"), archive);
	}

	@Test
	void valuesThatDoNotFitTheirFieldAreArchived(@TempDir Path temp) {
		Map<String, String> values = daan();
		values.put("geboren", "ergens in 2015");
		values.put("uren", "veel");
		values.put("school", "Openbare basisschool De Regenboog, locatie Noord (hoofdgebouw)"); // past max 40
		values.put("groep", "☐ Groep 5 ☒ Groep 6 ☒ Groep 7");
		Format draft = TestFormats.load(write(temp, "bijlage2-opp.oppformat", DRAFT));
		DocumentResult result = FilledMapper.map(bijlage2(values, false).file("daan.docx"), draft, Map.of(), AT);
		OppDocument document = result.document();
		assertNull(value(document, "gegevens/geboortedatum"));
		assertNull(value(document, "gegevens/uren"));
		assertNull(value(document, "gegevens/school"), "too long for 'tekst max 40'");
		assertNull(value(document, "gegevens/groep"), "two boxes ticked for one choice");
		String archive = archive(document).toString();
		for (String kept : List.of("ergens in 2015", "veel", "locatie Noord", "☒ Groep 6; ☒ Groep 7")) {
			assertTrue(archive.contains(kept), kept + " in " + archive);
		}
		assertTrue(archive.contains("verwacht een datum"), archive);
		assertTrue(validationErrors(document).isEmpty(), validationErrors(document).toString());
	}

	@Test
	void textTypedIntoTheGuidanceIsKept(@TempDir Path temp) {
		FakeWord word = bijlage2(daan(), false);
		word.guidance("Let op: Daan heeft een dyslexieverklaring.");
		Format draft = TestFormats.load(write(temp, "bijlage2-opp.oppformat", DRAFT));
		DocumentResult result = FilledMapper.map(word.file("daan.docx"), draft, Map.of(), AT);
		List<Map<String, String>> archive = archive(result.document());
		assertTrue(archive.stream().anyMatch(e -> e.get("waarde").contains("dyslexieverklaring")
				&& e.get("reden").contains("toelichting")), archive.toString());
	}

	@Test
	void theDocumentIsAConceptWhoseLogNamesTheWordFile(@TempDir Path temp) {
		OppDocument document = importDaan(temp, false).document();
		assertEquals(State.CONCEPT, Lifecycle.state(document));
		List<Lifecycle.Entry> log = Lifecycle.entries(document);
		assertEquals(1, log.size());
		assertEquals(Lifecycle.IMPORT, log.get(0).get("handeling"));
		assertEquals("daan-vermeulen.docx", log.get(0).get("van"));
		assertTrue(log.get(0).get("opmerking").contains("Word-bestand daan-vermeulen.docx"), log.get(0).get("opmerking"));
		assertTrue(Lifecycle.verify(document, null).isEmpty());
		assertEquals("Daan Vermeulen", importDaan(temp, false).pupil(), "the pupil's name where Documents finds it");
	}

	@Test
	void theDocumentValidatesAndRenders(@TempDir Path temp) throws Exception {
		OppDocument document = importDaan(temp, false).document();
		assertEquals(List.of(), validationErrors(document));
		Path file = temp.resolve("daan.opp");
		Documents.saveNew(document, file);
		OppDocument read = Documents.load(file, document.format());
		assertEquals(List.of(), validationErrors(read));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRenderer.create(List.of()).render(read, pdf);
		assertTrue(pdf.size() > 1000 && new String(pdf.toByteArray(), 0, 5).equals("%PDF-"));
	}

	/**
	 * Never lost: every text the filled copy holds beyond the template's own text is a value of the document or
	 * in its archive (dates and numbers as stored).
	 */
	/** A small format for the "never lost" cases below: a ja-nee field, a text field, help text. */
	static final String SMALL = """
			formaat "klein" "Klein"
			versie "0.1.0"
			soort opp
			voor po
			{
				sectie gegevens "Gegevens" {
					veld diagnose "Diagnose": ja-nee
					veld aantal "Aantal leerlingen": getal
					veld toelichting "Toelichting": tekst
						uitleg "Beschrijf de situatie thuis en op school."
				}
			}
			""";

	private static List<String> stored(OppDocument document) {
		List<String> stored = new ArrayList<>(allValues(document));
		archive(document).forEach(e -> stored.add(e.get("waarde")));
		return stored;
	}

	/** Finding 2: "Diagnose: ADHD ☒ ja ☐ nee" fills the ja-nee field and keeps "ADHD" in the archive. */
	@Test
	void textBesideTickedBoxesIsKept(@TempDir Path temp) {
		Format small = TestFormats.write(temp, "klein.oppformat", SMALL).format();
		DocumentResult result = FilledMapper.map(new FakeWord().para("Diagnose: ADHD ☒ ja ☐ nee").file("a.docx"), small,
				Map.of(), AT);
		assertEquals("ja", value(result.document(), "gegevens/diagnose"));
		assertTrue(archive(result.document()).stream().anyMatch(e -> e.get("waarde").equals("ADHD")
				&& e.get("pad").equals("alinea 1")), archive(result.document()).toString());
	}

	/** Finding 24: "1.250" (Dutch for 1250) and "75%" are no number to store as such: archived, not changed. */
	@Test
	void aDutchThousandsPointIsNotADecimalPoint(@TempDir Path temp) {
		Format small = TestFormats.write(temp, "klein.oppformat", SMALL).format();
		for (String typed : List.of("1.250", "75%")) {
			OppDocument document = FilledMapper.map(new FakeWord().para("Aantal leerlingen: " + typed).file("a.docx"), small,
					Map.of(), AT).document();
			assertNull(value(document, "gegevens/aantal"), typed);
			assertTrue(archive(document).stream().anyMatch(e -> e.get("waarde").contains(typed)), archive(document).toString());
		}
		OppDocument decimal = FilledMapper.map(new FakeWord().para("Aantal leerlingen: 2,5").file("a.docx"), small, Map.of(), AT)
				.document();
		assertEquals("2.5", value(decimal, "gegevens/aantal"));
	}

	/** Finding 3: typed text that is part of a help text, or an option's label, is archived, not skipped. */
	@Test
	void typedTextThatLooksLikeTemplateTextIsKept(@TempDir Path temp) {
		Format small = TestFormats.write(temp, "klein.oppformat", SMALL).format();
		DocumentResult result = FilledMapper.map(new FakeWord().para("thuis en op school").para("Ja")
				.para("Beschrijf de situatie thuis en op school.").file("a.docx"), small, Map.of(), AT);
		List<String> kept = archive(result.document()).stream().map(e -> e.get("waarde")).toList();
		assertTrue(kept.contains("thuis en op school"), kept.toString());
		assertTrue(kept.contains("Ja"), kept.toString());
		assertFalse(kept.stream().anyMatch(k -> k.startsWith("Beschrijf")), "the template's own help text is no value");
	}

	/** Finding 15: "akkoord onder voorbehoud …" is no consent; its words and the name beside a date are kept. */
	@Test
	void aConditionalAkkoordIsNoConsentAndKeepsItsWords(@TempDir Path temp) {
		Format draft = TestFormats.load(write(temp, "bijlage2-opp.oppformat", DRAFT));
		Map<String, String> values = daan();
		values.put("ondertekening", "R. Vermeulen|3 oktober 2025|☒ akkoord onder voorbehoud van extra begeleiding ☐ niet akkoord");
		OppDocument document = FilledMapper.map(bijlage2(values, false).file("daan.docx"), draft, Map.of(), AT).document();
		assertNull(value(document, "ondertekening/instemming/besluit"));
		assertTrue(stored(document).stream().anyMatch(v -> v.contains("akkoord onder voorbehoud van extra begeleiding")),
				stored(document).toString());

		values.put("ondertekening", "|J. de Vries 12-03-2025|☒ akkoord ☐ niet akkoord");
		DocumentResult second = FilledMapper.map(bijlage2(values, false).file("daan.docx"), draft, Map.of(), AT);
		document = second.document();
		assertTrue(stored(document).stream().anyMatch(v -> v.contains("J. de Vries")), stored(document) + " " + second.report());
		assertEquals("akkoord", value(document, "ondertekening/instemming/besluit"));
		assertEquals("2025-03-12", value(document, "ondertekening/instemming/datum"));
		assertTrue(stored(document).stream().anyMatch(v -> v.contains("J. de Vries")), stored(document).toString());
	}

	/** Finding 4: a run-level control's value is not in its paragraph's text, so nothing is cut out of it. */
	@Test
	void aControlsValueCutsNothingOutOfItsParagraph(@TempDir Path temp) {
		Format small = TestFormats.write(temp, "klein.oppformat", SMALL).format();
		FakeWord word = new FakeWord().controls("Toelichting: zit in groep 5, wil naar 5",
				new String[][] { { "groep", "5" } });
		OppDocument document = FilledMapper.map(word.file("a.docx"), small, Map.of(), AT).document();
		assertTrue(stored(document).stream().anyMatch(v -> v.contains("zit in groep 5, wil naar 5")), stored(document).toString());
		assertTrue(stored(document).contains("5"), stored(document).toString());
	}

	@Test
	void everyTypedTextIsAValueOrInTheArchive(@TempDir Path temp) {
		for (boolean drift : new boolean[] { false, true }) {
			WordFile template = bijlage2(Map.of(), false).file("sjabloon.docx");
			WordFile filled = bijlage2(daan(), drift).file("daan.docx");
			OppDocument document = importDaan(temp, drift).document();
			List<String> stored = new ArrayList<>(allValues(document));
			archive(document).forEach(e -> stored.add(e.get("waarde") + " " + e.get("pad")));
			List<String> typed = WordTexts.beyond(filled, template);
			assertTrue(typed.size() > 20, typed.toString());
			for (String text : typed) {
				assertTrue(WordTexts.found(text, stored), "'" + text + "' is lost (drift " + drift + "); stored: " + stored);
			}
		}
	}

	@Test
	void anExistingFormatWithoutRecordedPlacesIsMatchedByLabel(@TempDir Path temp) {
		Format example = TestFormats.example();
		FakeWord word = new FakeWord().heading(1, "Gegevens van de leerling")
				.para("Naam van de leerling: Noor Bakker").para("Geboortedatum: 3 februari 2017")
				.para("Groep: ☐ Groep 4 ☒ Groep 5 ☐ Groep 6").para("School: Obs De Wilg")
				.para("Inschrijving of start extra ondersteuning: 07-09-2026").heading(1, "Handelingsdeel")
				.table(row("#Aanpak en extra ondersteuning", "Verlengde instructie in een kleine groep."),
						row("#Afspraken met ouders en leerling", "Ouders oefenen de tafels thuis."))
				.para("Hobby: voetballen");
		DocumentResult result = FilledMapper.map(word.file("noor.docx"), example, Map.of(), AT);
		OppDocument document = result.document();
		assertEquals("Noor Bakker", document.pupilName());
		assertEquals("2017-02-03", value(document, "leerling/geboortedatum"));
		assertEquals("groep5", value(document, "leerling/groep"));
		assertEquals("Obs De Wilg", value(document, "leerling/school"));
		assertEquals("2026-09-07", value(document, "leerling/startdatum"));
		assertEquals("Verlengde instructie in een kleine groep.", value(document, "handelingsdeel/aanpak"));
		assertEquals("Ouders oefenen de tafels thuis.", value(document, "handelingsdeel/afspraken"));
		assertTrue(archive(document).toString().contains("voetballen"));
		assertTrue(validationErrors(document).stream().allMatch(d -> d.code().endsWith(".required") || d.code().startsWith("wet")),
				validationErrors(document).toString());
		assertTrue(Examples.PUPIL != null);
	}

	@Test
	void theUsersMappingComesFirst(@TempDir Path temp) {
		Format example = TestFormats.example();
		FakeWord word = new FakeWord().para("Leerling: Noor Bakker").para("Onderwijsinstelling: Obs De Wilg");
		DocumentResult result = FilledMapper.map(word.file("noor.docx"), example,
				Map.of("Leerling", "leerling/naam", "onderwijsinstelling:", "leerling.school"), AT);
		assertEquals("Noor Bakker", result.pupil());
		assertEquals("Obs De Wilg", value(result.document(), "leerling/school"));
	}

	@Test
	void theReportSaysWhatEachPlaceBecame(@TempDir Path temp) {
		DocumentResult result = importDaan(temp, true);
		ReportEntry start = result.report().stream().filter(e -> e.where().equals("alinea 4")).findFirst().orElseThrow();
		assertEquals(Outcome.VALUE, start.outcome());
		assertTrue(start.result().contains("data/startOpp"), start.result());
		ReportEntry added = result.report().stream().filter(e -> e.where().equals("alinea 3")).findFirst().orElseThrow();
		assertEquals(Outcome.ARCHIVED, added.outcome());
		assertFalse(result.report().stream().anyMatch(e -> e.result().isBlank()));
	}

	// ---- helpers ----

	static String value(OppDocument document, String path) {
		return document.value(path).orElse(null);
	}

	static List<Diagnostic> validationErrors(OppDocument document) {
		return Documents.validate(document, null, AT.toLocalDate()).stream().filter(d -> d.severity() == Severity.ERROR).toList();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, String>> archive(OppDocument document) {
		List<Map<String, String>> entries = new ArrayList<>();
		for (EObject entry : (List<EObject>) document.root().eGet(document.schema().archiveReference())) {
			Map<String, String> fields = new HashMap<>();
			for (String field : List.of("pad", "versie", "waarde", "reden")) {
				fields.put(field, (String) entry.eGet(entry.eClass().getEStructuralFeature(field)));
			}
			entries.add(fields);
		}
		return entries;
	}

	/** The rows of a repeating group in a section, each as column name → value. */
	static List<Map<String, String>> rows(OppDocument document, String section, String group) {
		EObject owner = (EObject) document.root().eGet(document.root().eClass().getEStructuralFeature(section));
		List<Map<String, String>> rows = new ArrayList<>();
		if (owner == null) {
			return rows;
		}
		@SuppressWarnings("unchecked")
		List<EObject> objects = (List<EObject>) owner.eGet(owner.eClass().getEStructuralFeature(group));
		for (EObject row : objects) {
			Map<String, String> values = new HashMap<>();
			row.eClass().getEAllAttributes().forEach(a -> values.put(a.getName(), String.valueOf(row.eGet(a))));
			rows.add(values);
		}
		return rows;
	}

	/** Every value of the document, all rows included. */
	static List<String> allValues(OppDocument document) {
		List<String> values = new ArrayList<>();
		document.root().eAllContents().forEachRemaining(object -> {
			if (object.eClass() != document.schema().archiveEntryClass() && object.eClass() != document.schema().logEntryClass()) {
				object.eClass().getEAllAttributes().forEach(a -> {
					Object value = object.eGet(a);
					if (value instanceof List<?> list) {
						list.forEach(v -> values.add(String.valueOf(v)));
					} else if (value != null) {
						values.add(String.valueOf(value));
					}
				});
			}
		});
		return values;
	}
}
