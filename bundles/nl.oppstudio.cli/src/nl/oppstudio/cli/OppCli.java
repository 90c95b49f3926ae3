package nl.oppstudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.DocumentException;
import nl.oppstudio.document.FormatDiff;
import nl.oppstudio.document.Migration;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.LifecycleException;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.UitstroomAdvice;
import nl.oppstudio.document.State;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.dsl.checklist.Checklist;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.pdf.PageTarget;
import nl.oppstudio.pdf.PdfException;
import nl.oppstudio.pdf.PdfRenderer;
import nl.oppstudio.pdf.Rendering;

/**
 * The {@code opp} command line. Each command returns an exit code: {@value #OK} clean,
 * {@value #FOUND_ERRORS} errors found, {@value #USAGE} usage or I/O problem. Messages are Dutch;
 * diagnostics read {@code file:line:col: severity: message}.
 */
public final class OppCli {

	public static final int OK = 0;
	public static final int FOUND_ERRORS = 1;
	public static final int USAGE = 2;

	private static final String USAGE_TEXT = """
			Gebruik: opp COMMANDO [OPTIES]

			Commando's:
			  check-format [--checklist] [--json] FORMAAT.oppformat
			                                           controleer een formaat (en scoor het op de checklist)
			  validate --format FORMAAT DOC.opp...     controleer documenten tegen hun formaat en de wet
			  render --format FORMAAT DOC.opp -o UIT.pdf
			                                           maak een PDF van een document
			  new --format FORMAAT --pupil NAAM -o DOC.opp
			                                           begin een nieuw OPP (concept)
			  status DOC.opp                           toestand en logboek van een OPP
			  transition DOC.opp --to TOESTAND --by NAAM --role ROL
			                                           zet een OPP in een volgende toestand
			  consent DOC.opp --by NAAM --role ROL --decision BESLUIT
			                                           leg instemming met het handelingsdeel vast
			  audit DOC.opp                            controleer het logboek (keten van hashes)
			  due MAP [--at DATUM]                     volgende termijn van elk OPP in een map, te laat eerst
			  advice DOC.opp                           indicatie van uitstroom uit LRV, DLE en functioneringsniveau
			  diff OUD.oppformat NIEUW.oppformat       wat een nieuwe versie van een formaat betekent voor documenten
			  migrate --to NIEUW.oppformat DOC.opp...  zet documenten over naar een nieuwe versie, zonder verlies
			  studio [MAP]                             open OPP Studio op een map

			Algemeen:
			  opp --help                               deze hulp
			  opp COMMANDO --help                      hulp bij een commando

			Afsluitcode: 0 geen fouten, 1 fouten gevonden, 2 verkeerd gebruik of een bestand dat niet gelezen of geschreven kan worden.
			""";

	private static final String CHECK_FORMAT_HELP = """
			Gebruik: opp check-format [--checklist] [--json] FORMAAT.oppformat

			Leest het formaat, controleert de syntaxis, de regels van het formaat en het wettelijk
			minimum van zijn soort, en toont elke bevinding als bestand:regel:kolom: ernst: melding.
			Bij syntaxfouten komen eerst alleen die: het wettelijk minimum en de checklist volgen
			als de tekst klopt.

			  --checklist   scoor het formaat op de 15 punten van de checklist van de Handreiking OPP
			  --json        alles als JSON, voor andere programma's en CI
			""";

	private static final String VALIDATE_HELP = """
			Gebruik: opp validate [--format FORMAAT.oppformat] [--at JJJJ-MM-DD] [--json | --sarif] [--zonder-paginas] DOC.opp...

			Controleert elk document tegen zijn formaat (verplichte velden, voorwaarden, datums, keuzes) en
			tegen de wet en de procedure: vaststelling binnen zes weken, OOGO en instemming van ouders
			vóór de vaststelling, hoorrecht, jaarlijkse evaluatie, uitstroom in het vso, advies van de
			commissie, gemiste momenten van de cyclus, registratie bij DUO. Termijnen worden beoordeeld
			op --at (standaard: vandaag). Zonder --format zoekt opp het formaat van elk document in zijn map.
			Noemt het formaat een omvang, dan waarschuwt opp als de PDF van het document langer wordt.

			  --json            de bevindingen per document als JSON
			  --sarif           de bevindingen als SARIF 2.1.0, voor CI
			  --zonder-paginas  tel de pagina's van de PDF niet (sneller bij duizenden documenten)
			""";

	private static final String RENDER_HELP = """
			Gebruik: opp render [--format FORMAAT.oppformat] DOC.opp -o UIT.pdf
			         opp render [--format FORMAAT.oppformat] DOC.opp... -o MAP/
			         opp render --format FORMAAT.oppformat --blank -o LEEG.pdf          (of --leeg)
			         opp render --format FORMAAT.oppformat --uittreksel DOC.opp -o HANDELINGSWIJZER.pdf

			Maakt een toegankelijke PDF (PDF/A-2a en PDF/UA-1) van elk document, in de huisstijl van het
			formaat en met ingesloten lettertypen; of (--blank) een leeg formulier om op papier in te
			vullen; of (--uittreksel) het uittreksel dat het formaat noemt, zoals een handelingswijzer
			van één pagina. Een concept krijgt het watermerk CONCEPT. Vele documenten worden tegelijk
			gemaakt, over de processorkernen; een kapot document wordt gemeld en overgeslagen. Een
			PDF-bestand wordt pas op zijn plaats gezet als het helemaal klaar is. Zonder --format zoekt
			opp het formaat van elk document in zijn map.
			""";

	private static final String NEW_HELP = """
			Gebruik: opp new --format FORMAAT.oppformat --pupil "NAAM" [--school-type po|sbo|so|vso|vo|pro] -o DOC.opp

			Maakt een nieuw, leeg OPP van het formaat, in de toestand concept. Een bestaand bestand wordt
			nooit overschreven.
			""";

	private static final String STATUS_HELP = """
			Gebruik: opp status DOC.opp [--format FORMAAT.oppformat]

			Toont de toestand van het OPP, de toestanden waarnaar het verder kan, en het logboek. Zonder
			--format zoekt opp het formaat in de map van het document.
			""";

	private static final String TRANSITION_HELP = """
			Gebruik: opp transition DOC.opp --to TOESTAND --by "NAAM" --role ROL [--remark TEKST] [--format FORMAAT]

			Toestanden: concept, ter-instemming, vastgesteld, in-uitvoering, geevalueerd, bijgesteld,
			beeindigd. Een overgang die niet mag wordt geweigerd met de reden. Vaststellen doet het bevoegd
			gezag (--role "bevoegd gezag", of directeur met mandaat), na instemming met het handelingsdeel,
			en alleen als 'opp validate' op die dag geen fouten meer vindt; de vaststelling krijgt die
			datum. Elke overgang komt in het logboek.
			""";

	private static final String CONSENT_HELP = """
			Gebruik: opp consent DOC.opp --by "NAAM" --role ROL --decision akkoord|nietAkkoord|gedeeltelijk
			         [--onderdelen "WELKE DELEN"] [--way papier|digitaal] [--remark TEKST] [--format FORMAAT]

			Legt het besluit over het handelingsdeel vast, in het instemmingsveld van het OPP en in het
			logboek tegelijk. Instemmen doen de ouders (--role ouder, moeder, vader, voogd, verzorger), of de
			meerderjarige, handelingsbekwame leerling zelf (--role leerling); voor een meerderjarige die niet
			handelingsbekwaam is: --role curator. Bij gedeeltelijk akkoord zegt --onderdelen met welke delen
			ouders instemmen: alleen die mogen worden uitgevoerd.
			""";

	private static final String AUDIT_HELP = """
			Gebruik: opp audit DOC.opp [--format FORMAAT.oppformat]

			Controleert het logboek: elke regel is met een hash aan de vorige geketend, zodat wijzigen,
			verwijderen of invoegen opvalt, en de inhoud van een vastgesteld OPP mag niet veranderd zijn.
			Afsluitcode 0 als alles klopt, 1 als er iets niet klopt.
			""";

	private static final String DUE_HELP = """
			Gebruik: opp due MAP [--at JJJJ-MM-DD] [--json]

			Toont voor elk OPP in de map de volgende termijn uit de cyclus van zijn formaat (vaststelling
			binnen zes weken, evaluaties, kalenderdata), de te late eerst. Het formaat van elk document
			wordt in dezelfde map gezocht. Termijnen worden beoordeeld op --at (standaard: vandaag).
			""";

	private static final String ADVICE_HELP = """
			Gebruik: opp advice DOC.opp [--format FORMAAT.oppformat]

			Toont bij elk ingevuld LRV, DLE en functioneringsniveau de uitstroom die de tabel van het
			samenwerkingsverband aangeeft (eind groep 8). Dit is alleen een advies: een prognose mag nooit
			automatisch worden overgenomen, dus opp schrijft niets in het document.
			""";

	private static final String DIFF_HELP = """
			Gebruik: opp diff OUD.oppformat NIEUW.oppformat
			         opp diff FORMAAT.oppformat --from REVISIE [--to REVISIE]   (uit de git-geschiedenis)

			Vergelijkt twee versies van een formaat vanuit hun documenten: toegevoegde, verwijderde en
			verplaatste waarden, gewijzigde soorten en opties, aanscherpingen. Elke wijziging is compatibel,
			vraagt migratie, of is brekend; daarna volgt de controle of het nieuwe versienummer daarbij past
			(brekend: nieuwe hoofdversie; migratie: minstens nieuwe minor-versie). Afsluitcode 1 als het
			versienummer niet past.
			""";

	private static final String MIGRATE_HELP = """
			Gebruik: opp migrate --to NIEUW.oppformat [--from OUD.oppformat] [--report VERSLAG.txt] DOC.opp...

			Zet elk document over naar de nieuwe versie van zijn formaat. Een waarde gaat naar dezelfde
			plaats, of naar het element dat zegt waar zij stond (was "sectie.veld"); een keuzecode naar de
			optie die zegt dat zij zo heette (optie nieuw was oud). Wat geen plaats heeft, blijft in het
			archief van het document en wordt genoemd. Elk document wordt veilig overschreven en de vorige
			versie blijft als DOC.opp.bak. Zonder --from zoekt opp het oude formaat in de map van het document.
			""";

	private static final String STUDIO_HELP = """
			Gebruik: opp studio [MAP]

			Opent OPP Studio op de map (standaard: de huidige map). Start het met het script ./opp.
			""";

	private final PrintStream out;
	private final PrintStream err;
	private final FormatLocator locator = new FormatLocator();

	public OppCli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs one command line and returns its exit code; never throws. */
	public int run(String... args) {
		if (args.length == 0) {
			err.print(USAGE_TEXT);
			return USAGE;
		}
		List<String> rest = List.of(args).subList(1, args.length);
		try {
			return switch (args[0]) {
			case "--help", "-h", "help" -> {
				out.print(USAGE_TEXT);
				yield OK;
			}
			case "check-format" -> help(rest, CHECK_FORMAT_HELP) ? OK : checkFormat(rest);
			case "validate" -> help(rest, VALIDATE_HELP) ? OK : validate(rest);
			case "render" -> help(rest, RENDER_HELP) ? OK : render(rest);
			case "new" -> help(rest, NEW_HELP) ? OK : newDocument(rest);
			case "status" -> help(rest, STATUS_HELP) ? OK : status(rest);
			case "transition" -> help(rest, TRANSITION_HELP) ? OK : transition(rest);
			case "consent" -> help(rest, CONSENT_HELP) ? OK : consent(rest);
			case "audit" -> help(rest, AUDIT_HELP) ? OK : audit(rest);
			case "due" -> help(rest, DUE_HELP) ? OK : due(rest);
			case "advice" -> help(rest, ADVICE_HELP) ? OK : advice(rest);
			case "diff" -> help(rest, DIFF_HELP) ? OK : diff(rest);
			case "migrate" -> help(rest, MIGRATE_HELP) ? OK : migrate(rest);
			case "studio" -> {
				if (help(rest, STUDIO_HELP)) {
					yield OK;
				}
				err.println("opp studio start de grafische omgeving; gebruik daarvoor het script ./opp.");
				yield USAGE;
			}
			default -> usage("Onbekend commando: " + args[0]);
			};
		} catch (UsageException e) {
			return usage(e.getMessage());
		} catch (RuntimeException | LinkageError e) {
			err.println("opp: interne fout: " + e);
			return USAGE;
		}
	}

	private boolean help(List<String> args, String text) {
		if (args.contains("--help") || args.contains("-h")) {
			out.print(text);
			return true;
		}
		return false;
	}

	private int usage(String message) {
		err.println("opp: " + message);
		err.println("Zie 'opp --help'.");
		return USAGE;
	}

	private int checkFormat(List<String> args) {
		Options options = Options.parse(args, List.of(), List.of("--checklist", "--json"));
		if (options.files().size() != 1) {
			throw new UsageException("check-format verwacht precies één formaatbestand.");
		}
		LoadedFormat loaded = FormatLoader.create().load(options.files().get(0));
		// a format with syntax errors is incomplete: its score would mislead, so it is not scored
		boolean scorable = loaded.format() != null && !loaded.hasSyntaxErrors();
		Checklist.Result checklist = options.has("--checklist") && scorable ? Checklist.evaluate(loaded.format()) : null;
		int code = isIoFailure(loaded) ? USAGE : Diagnostic.anyError(loaded.diagnostics()) ? FOUND_ERRORS : OK;
		if (options.has("--json")) {
			out.println(Json.checkReport(loaded, checklist));
			return code;
		}
		print(loaded.diagnostics());
		if (checklist != null) {
			printChecklist(checklist);
		} else if (options.has("--checklist") && loaded.hasSyntaxErrors()) {
			out.println("Checklist niet gescoord: los eerst de syntaxfouten op.");
		}
		if (code == USAGE) {
			return USAGE;
		}
		return summary(loaded.diagnostics(), "formaat");
	}

	private void printChecklist(Checklist.Result checklist) {
		out.println("Checklist functioneel OPP-format (Handreiking OPP, bijlage 1): " + checklist.score() + "/"
				+ checklist.max());
		for (Checklist.Item item : checklist.items()) {
			out.println(String.format(Locale.ROOT, "%3d. %-19s %s: %s", item.number(), "[" + item.status().label() + "]",
					item.question(), item.reason()));
		}
	}

	private int validate(List<String> args) {
		Options options = Options.parse(args, List.of("--format", "--at"), List.of("--json", "--sarif", "--zonder-paginas"));
		if (options.files().isEmpty()) {
			throw new UsageException("validate verwacht een of meer documenten.");
		}
		boolean countPages = !options.has("--zonder-paginas");
		// Counting pages means laying documents out: FOP starts on the second core while formats are read.
		java.util.concurrent.CompletableFuture<PdfRenderer> pageCounter = countPages
				? java.util.concurrent.CompletableFuture.supplyAsync(() -> PdfRenderer.create().warmUp())
				: null;
		LocalDate at = referenceDate(options.values().get("--at"));
		Format given = options.values().containsKey("--format") ? loadFormat(options.values().get("--format")) : null;
		if (options.values().containsKey("--format") && given == null) {
			return USAGE;
		}
		Map<Path, Format> located = new HashMap<>();
		Map<Path, List<Diagnostic>> results = new LinkedHashMap<>();
		boolean unreadable = false;
		for (Path file : options.files()) {
			try {
				Format format = given;
				if (format == null) {
					Path formatFile = locator.find(file);
					format = formatFile == null ? null : located.computeIfAbsent(formatFile, f -> loadFormat(f.toString()));
				}
				if (format == null) {
					Diagnostic missing = Diagnostic.error(file, "nl.oppstudio.document.noFormat",
							"Geen formaat gevonden in dezelfde map; geef het met --format.");
					err.println(missing);
					results.put(file, List.of(missing));
					unreadable = true;
					continue;
				}
				OppDocument document = Documents.load(file, format);
				List<Diagnostic> diagnostics = new ArrayList<>(Documents.validate(document, file, at));
				if (countPages && format.getPagesMax() > 0) {
					try {
						Diagnostic pages = PageTarget.check(pageCounter.join(), document, file);
						if (pages != null) {
							diagnostics.add(pages);
						}
					} catch (PdfException | RuntimeException e) {
						diagnostics.add(new Diagnostic(Severity.WARNING, "Omvang niet te bepalen: " + e.getMessage(), file, 0,
								0, null, PageTarget.CODE));
					}
				}
				results.put(file, diagnostics);
			} catch (DocumentException e) {
				results.put(file, List.of(e.diagnostic()));
				unreadable = true;
			} catch (IOException e) {
				results.put(file, List.of(Diagnostic.error(file, "nl.oppstudio.document.unreadable",
						"Document kan niet gelezen worden (" + e.getMessage() + ")")));
				unreadable = true;
			}
		}
		List<Diagnostic> all = results.values().stream().flatMap(List::stream).toList();
		int code = unreadable ? USAGE : Diagnostic.anyError(all) ? FOUND_ERRORS : OK;
		if (options.has("--json")) {
			out.println(Json.validationReport(results, at));
			return code;
		}
		if (options.has("--sarif")) {
			out.println(Sarif.report(all));
			return code;
		}
		print(all);
		int result = summary(all, options.files().size() == 1 ? "document" : options.files().size() + " documenten");
		if (options.files().size() > 1) {
			long failing = results.values().stream().filter(Diagnostic::anyError).count();
			out.println(failing + " van " + options.files().size() + " documenten met fouten (beoordeeld op " + at + ").");
		}
		return unreadable ? USAGE : result;
	}

	private static LocalDate referenceDate(String text) {
		if (text == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(text);
		} catch (java.time.format.DateTimeParseException e) {
			throw new UsageException("--at verwacht een datum als 2026-10-01, niet '" + text + "'.");
		}
	}

	private static String pages(int pages) {
		return pages + " " + (pages == 1 ? "pagina" : "pagina's");
	}

	private static String warnings(Rendering rendering) {
		return rendering.warnings().stream().map(w -> "; waarschuwing: " + w).collect(java.util.stream.Collectors.joining());
	}

	private int render(List<String> args) {
		Options options = Options.parse(args, List.of("--format", "-o"), List.of("--blank", "--leeg", "--uittreksel"));
		Path target = Path.of(options.required("-o"));
		boolean blank = options.has("--blank") || options.has("--leeg");
		boolean extract = options.has("--uittreksel");
		if (blank && extract) {
			throw new UsageException("--blank en --uittreksel gaan niet samen: een leeg formulier is er van het hele formaat.");
		}
		// FOP starts up on the second core while the format is read and checked on this one.
		java.util.concurrent.CompletableFuture<PdfRenderer> starting = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> PdfRenderer.create().warmUp());
		Format format = null;
		if (options.values().containsKey("--format")) {
			format = loadFormat(options.values().get("--format"));
			if (format == null) {
				return USAGE;
			}
		} else if (blank) {
			throw new UsageException("--blank verwacht --format: van welk formaat een leeg formulier?");
		}
		PdfRenderer renderer = starting.join();
		if (blank) {
			try {
				Rendering rendering = renderer.renderBlank(format, target);
				out.println("Leeg formulier geschreven: " + target + " (" + pages(rendering.pages()) + ")"
						+ warnings(rendering));
				return OK;
			} catch (PdfException | IOException e) {
				err.println(target + ": fout: " + e.getMessage());
				return USAGE;
			}
		}
		if (options.files().isEmpty()) {
			throw new UsageException("render verwacht een of meer documenten, of --blank.");
		}
		if (extract && format != null && Formats.extract(format) == null) {
			err.println(options.required("--format") + ": fout: dit formaat heeft geen uittreksel (zie 'uittreksel' in docs/format-language.md)");
			return USAGE;
		}
		// Without --format, each document's format is the one in its folder that it names (read once per folder).
		Map<Path, Format> formats = new HashMap<>();
		Map<Path, Format> located = new HashMap<>();
		for (Path file : options.files()) {
			try {
				Path formatFile = format != null ? null : locator.find(file);
				Format found = format != null ? format
						: formatFile == null ? null : located.computeIfAbsent(formatFile, f -> loadFormat(f.toString()));
				if (found != null) {
					formats.put(file, found);
				}
			} catch (IOException e) {
				// reported below, when the document cannot be read either
			}
		}
		boolean toFolder = options.files().size() > 1 || Files.isDirectory(target) || options.required("-o").endsWith("/");
		if (toFolder) {
			try {
				Files.createDirectories(target);
			} catch (IOException e) {
				err.println(target + ": fout: map kan niet gemaakt worden (" + e.getMessage() + ")");
				return USAGE;
			}
		}
		List<Path> files = options.files();
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
		int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
			for (Path file : files) {
				Path pdf = toFolder ? target.resolve(file.getFileName().toString().replaceFirst("\\.opp$", "")
						+ (extract ? "-uittreksel.pdf" : ".pdf")) : target;
				jobs.add(pool.submit(() -> {
					String line;
					Format documentFormat = formats.get(file);
					try {
						if (documentFormat == null) {
							throw new PdfException("geen formaat gevonden in dezelfde map; geef het met --format", null);
						}
						if (extract && Formats.extract(documentFormat) == null) {
							throw new PdfException("formaat " + documentFormat.getId() + " heeft geen uittreksel", null);
						}
						OppDocument document = Documents.load(file, documentFormat);
						Rendering rendering = extract ? renderer.renderExtract(document, pdf) : renderer.render(document, pdf);
						String tooLong = extract ? null : PageTarget.warning(documentFormat, rendering.pages());
						line = pdf + " (" + pages(rendering.pages()) + ")" + (tooLong != null ? "; waarschuwing: " + tooLong : "")
								+ warnings(rendering);
					} catch (DocumentException e) {
						failed.incrementAndGet();
						line = e.diagnostic() + " (overgeslagen)";
					} catch (PdfException | IOException e) {
						failed.incrementAndGet();
						line = file + ": fout: " + e.getMessage() + " (overgeslagen)";
					} catch (RuntimeException e) {
						failed.incrementAndGet();
						line = file + ": fout: onverwacht probleem (" + e + ") (overgeslagen)";
					}
					synchronized (out) {
						out.println((files.size() > 1 ? "[" + done.incrementAndGet() + "/" + files.size() + "] " : "PDF geschreven: ") + line);
					}
				}));
			}
			for (java.util.concurrent.Future<?> job : jobs) {
				job.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return USAGE;
		} catch (java.util.concurrent.ExecutionException e) {
			err.println("opp: interne fout: " + e.getCause());
			return USAGE;
		} finally {
			pool.shutdown();
		}
		if (files.size() > 1) {
			out.println((files.size() - failed.get()) + " van " + files.size() + " PDF's gemaakt.");
		}
		return failed.get() > 0 ? USAGE : OK;
	}

	private int newDocument(List<String> args) {
		Options options = Options.parse(args, List.of("--format", "--pupil", "--school-type", "-o"));
		if (!options.files().isEmpty()) {
			throw new UsageException("new verwacht geen losse bestanden; geef het nieuwe document met -o.");
		}
		Path target = Path.of(options.required("-o"));
		if (Files.exists(target)) {
			err.println(target + ": fout: bestaat al; opp new overschrijft nooit een bestand.");
			return USAGE;
		}
		Format format = loadFormat(options.required("--format"));
		if (format == null) {
			return USAGE;
		}
		String schoolType = options.values().get("--school-type");
		if (schoolType != null && nl.oppstudio.format.model.SchoolType.get(schoolType) == null) {
			throw new UsageException("Onbekende onderwijssoort '" + schoolType + "'; kies po, sbo, so, vso, vo of pro.");
		}
		OppDocument document = Documents.create(format);
		document.setPupilName(options.required("--pupil"));
		document.setSchoolType(schoolType);
		try {
			Documents.save(document, target);
		} catch (IOException e) {
			err.println(target + ": fout: kan niet geschreven worden (" + e.getMessage() + ")");
			return USAGE;
		}
		out.println("Nieuw OPP (concept): " + target);
		return OK;
	}

	private int status(List<String> args) {
		Options options = Options.parse(args, List.of("--format"));
		Loaded loaded = loadDocument(options);
		if (loaded == null) {
			return USAGE;
		}
		State state = Lifecycle.state(loaded.document());
		out.println("Toestand: " + state.label() + (state.frozen() ? " (inhoud vastgelegd)" : ""));
		out.println("Verder naar: " + (state.next().isEmpty() ? "—"
				: String.join(", ", state.next().stream().map(State::label).toList())));
		for (Lifecycle.Entry entry : Lifecycle.entries(loaded.document())) {
			out.println(String.format(Locale.ROOT, "%3s %s %s %s (%s)%s", entry.get("volgnummer"), entry.get("tijdstip"),
					Lifecycle.TRANSITION.equals(entry.get("handeling")) ? entry.get("van") + " → " + entry.get("naar")
							: "instemming: " + entry.get("besluit"),
					"door " + entry.get("door"), entry.get("rol"),
					entry.get("opmerking") == null ? "" : " — " + entry.get("opmerking")));
		}
		return OK;
	}

	private int transition(List<String> args) {
		Options options = Options.parse(args, List.of("--format", "--to", "--by", "--role", "--remark"));
		State to;
		try {
			to = State.of(options.required("--to"));
		} catch (IllegalArgumentException e) {
			throw new UsageException("Onbekende toestand '" + options.values().get("--to") + "'. Zie 'opp transition --help'.");
		}
		Loaded loaded = loadDocument(options);
		if (loaded == null) {
			return USAGE;
		}
		try {
			Lifecycle.transition(loaded.document(), to, options.required("--by"), options.required("--role"),
					options.values().get("--remark"), OffsetDateTime.now());
		} catch (LifecycleException e) {
			err.println(loaded.file() + ": fout: " + e.getMessage());
			return FOUND_ERRORS;
		}
		return saveAfterChange(loaded, "Toestand nu: " + to.label());
	}

	private int consent(List<String> args) {
		Options options = Options.parse(args,
				List.of("--format", "--by", "--role", "--decision", "--way", "--remark", "--onderdelen"));
		Loaded loaded = loadDocument(options);
		if (loaded == null) {
			return USAGE;
		}
		try {
			Lifecycle.consent(loaded.document(), options.required("--by"), options.required("--role"),
					options.required("--decision"), options.values().get("--way"), options.values().get("--remark"),
					options.values().get("--onderdelen"), OffsetDateTime.now());
		} catch (LifecycleException e) {
			err.println(loaded.file() + ": fout: " + e.getMessage());
			return FOUND_ERRORS;
		}
		return saveAfterChange(loaded, "Instemming vastgelegd: " + options.required("--decision"));
	}

	private int audit(List<String> args) {
		Options options = Options.parse(args, List.of("--format"));
		Loaded loaded = loadDocument(options);
		if (loaded == null) {
			return USAGE;
		}
		List<Diagnostic> problems = Lifecycle.verify(loaded.document(), loaded.file());
		print(problems);
		if (problems.isEmpty()) {
			out.println("Logboek: " + Lifecycle.entries(loaded.document()).size() + " regels, keten intact; toestand "
					+ Lifecycle.state(loaded.document()).label() + ".");
			return OK;
		}
		return FOUND_ERRORS;
	}

	private record Loaded(Path file, OppDocument document) {
	}

	private int migrate(List<String> args) {
		Options options = Options.parse(args, List.of("--to", "--from", "--report"));
		if (options.files().isEmpty()) {
			throw new UsageException("migrate verwacht een of meer documenten.");
		}
		Format newer = loadFormat(options.required("--to"));
		if (newer == null) {
			return USAGE;
		}
		StringBuilder report = new StringBuilder();
		boolean failed = false;
		for (Path file : options.files()) {
			try {
				String fromFile = options.values().get("--from");
				Path located = fromFile != null ? Path.of(fromFile) : locator.find(file);
				Format older = located == null ? null : loadFormat(located.toString());
				if (older == null) {
					err.println(file + ": fout: het oude formaat is niet gevonden; geef het met --from.");
					failed = true;
					continue;
				}
				Migration.Result result = Migration.migrate(Documents.load(file, older), newer, OffsetDateTime.now());
				Documents.save(result.document(), file);
				report.append(file).append(": van ").append(older.getVersion()).append(" naar ").append(newer.getVersion())
						.append("; ").append(result.moved().size()).append(" verplaatst, ").append(result.archived().size())
						.append(" in het archief\n");
				result.moved().forEach(line -> report.append("  verplaatst: ").append(line).append('\n'));
				result.archived().forEach(a -> report.append("  archief: ").append(a.path()).append(" = ")
						.append(a.value()).append(" (").append(a.reason()).append(")\n"));
			} catch (DocumentException e) {
				err.println(e.diagnostic());
				failed = true;
			} catch (IOException e) {
				err.println(file + ": fout: " + e.getMessage());
				failed = true;
			}
		}
		out.print(report);
		String reportFile = options.values().get("--report");
		if (reportFile != null) {
			try {
				AtomicFiles.write(Path.of(reportFile), stream -> stream.write(report.toString().getBytes(StandardCharsets.UTF_8)));
			} catch (IOException e) {
				err.println(reportFile + ": fout: verslag kan niet geschreven worden (" + e.getMessage() + ")");
				return USAGE;
			}
		}
		return failed ? USAGE : OK;
	}

	private int diff(List<String> args) {
		Options options = Options.parse(args, List.of("--from", "--to"));
		Format older;
		Format newer;
		if (options.values().containsKey("--from")) {
			if (options.files().size() != 1) {
				throw new UsageException("diff --from REV verwacht één formaatbestand in een git-repository.");
			}
			Path file = options.files().get(0);
			older = loadFormatAt(file, options.required("--from"));
			String to = options.values().get("--to");
			newer = older == null ? null : to == null ? loadFormat(file.toString()) : loadFormatAt(file, to);
		} else {
			if (options.files().size() != 2) {
				throw new UsageException("diff verwacht twee formaatbestanden (oud en nieuw), of één met --from REV [--to REV].");
			}
			older = loadFormat(options.files().get(0).toString());
			newer = older == null ? null : loadFormat(options.files().get(1).toString());
		}
		if (newer == null) {
			return USAGE;
		}
		FormatDiff.Result result = FormatDiff.compare(older, newer);
		for (FormatDiff.Change change : result.changes()) {
			out.println(String.format(Locale.ROOT, "%-16s %s: %s", change.impact().label(), change.path(), change.description()));
		}
		out.println(result.changes().size() + " wijzigingen van " + result.oldVersion() + " naar " + result.newVersion()
				+ (result.changes().isEmpty() ? "." : "; ingrijpendste: " + result.worst().label() + "."));
		if (result.versionProblem() != null) {
			err.println(options.files().get(options.files().size() - 1) + ": fout: " + result.versionProblem());
			return FOUND_ERRORS;
		}
		return OK;
	}

	private int advice(List<String> args) {
		Options options = Options.parse(args, List.of("--format"));
		Loaded loaded = loadDocument(options);
		if (loaded == null) {
			return USAGE;
		}
		List<UitstroomAdvice.Indication> indications = UitstroomAdvice.of(loaded.document());
		if (indications.isEmpty()) {
			out.println("Geen LRV, DLE of functioneringsniveau ingevuld: geen indicatie.");
			return OK;
		}
		for (UitstroomAdvice.Indication indication : indications) {
			out.println(String.format(Locale.ROOT, "%s (%s = %s): %s", indication.label(), indication.path(),
					indication.value(), String.join(" of ", indication.uitstroom())));
		}
		out.println("Dit is een indicatie uit de tabel voor eind groep 8, geen besluit: weeg haar met de factoren; "
				+ "bij jongere leerlingen zegt ze weinig. opp neemt haar nooit automatisch over.");
		return OK;
	}

	private int due(List<String> args) {
		Options options = Options.parse(args, List.of("--at"), List.of("--json"));
		if (options.files().size() != 1 || !Files.isDirectory(options.files().get(0))) {
			throw new UsageException("due verwacht één map met documenten.");
		}
		LocalDate at = referenceDate(options.values().get("--at"));
		List<Path> documents;
		try (var files = Files.list(options.files().get(0))) {
			documents = files.filter(f -> f.getFileName().toString().endsWith("." + Documents.EXTENSION)).sorted().toList();
		} catch (IOException e) {
			err.println(options.files().get(0) + ": fout: map kan niet gelezen worden (" + e.getMessage() + ")");
			return USAGE;
		}
		record Row(Path file, String pupil, Planning.Due due) {
		}
		record LateRow(Path file, String pupil, Planning.Late late) {
		}
		List<Row> rows = new ArrayList<>();
		List<LateRow> lateRows = new ArrayList<>();
		Map<Path, Format> formats = new HashMap<>();
		for (Path file : documents) {
			try {
				Path formatFile = locator.find(file);
				Format format = formatFile == null ? null
						: formats.computeIfAbsent(formatFile, f -> FormatLoader.create().load(f).format());
				if (format == null) {
					err.println(file + ": waarschuwing: geen formaat gevonden in dezelfde map; overgeslagen.");
					continue;
				}
				OppDocument document = Documents.load(file, format);
				if (Lifecycle.state(document) == State.BEEINDIGD) {
					continue;
				}
				Planning.next(document, at).ifPresent(due -> rows.add(new Row(file, document.pupilName(), due)));
				Planning.late(document, at).forEach(late -> lateRows.add(new LateRow(file, document.pupilName(), late)));
			} catch (DocumentException e) {
				err.println(e.diagnostic());
			} catch (IOException e) {
				err.println(file + ": fout: kan niet gelezen worden (" + e.getMessage() + ")");
			}
		}
		rows.sort(java.util.Comparator.comparing((Row row) -> row.due().date()));
		if (options.has("--json")) {
			StringBuilder json = new StringBuilder("{");
			Json.field(json, "at", at.toString()).append(",\"due\":[");
			for (int i = 0; i < rows.size(); i++) {
				Row row = rows.get(i);
				json.append(i == 0 ? "{" : ",{");
				Json.field(json, "file", row.file().toString()).append(',');
				Json.field(json, "pupil", row.pupil()).append(',');
				Json.field(json, "phase", row.due().label()).append(',');
				Json.field(json, "date", row.due().date().toString()).append(',');
				json.append("\"overdue\":").append(row.due().overdue(at)).append('}');
			}
			json.append("],\"doneLate\":[");
			for (int i = 0; i < lateRows.size(); i++) {
				LateRow row = lateRows.get(i);
				json.append(i == 0 ? "{" : ",{");
				Json.field(json, "file", row.file().toString()).append(',');
				Json.field(json, "pupil", row.pupil()).append(',');
				Json.field(json, "phase", row.late().label()).append(',');
				Json.field(json, "due", row.late().due().toString()).append(',');
				Json.field(json, "done", row.late().done().toString()).append(',');
				json.append("\"daysLate\":").append(row.late().days()).append('}');
			}
			out.println(json.append("]}"));
			return OK;
		}
		for (Row row : rows) {
			long days = java.time.temporal.ChronoUnit.DAYS.between(at, row.due().date());
			out.println(String.format(Locale.ROOT, "%-8s %s  %-28s %-22s %s (%s)", row.due().overdue(at) ? "TE LAAT" : "",
					row.due().date(), row.file().getFileName(), row.pupil(), row.due().label(),
					days < 0 ? -days + " dagen te laat" : days == 0 ? "vandaag" : "over " + days + " dagen"));
		}
		long late = rows.stream().filter(row -> row.due().overdue(at)).count();
		out.println(rows.size() + " documenten met een volgende termijn, " + late + " te laat (op " + at + ").");
		if (!lateRows.isEmpty()) {
			out.println("Gedaan, maar na de termijn:");
			for (LateRow row : lateRows) {
				out.println(String.format(Locale.ROOT, "  %s  %-28s %-22s %s: uiterlijk %s, gedaan %s (%d dagen te laat)",
						row.late().done(), row.file().getFileName(), row.pupil(), row.late().label(), row.late().due(),
						row.late().done(), row.late().days()));
			}
		}
		return OK;
	}

	/** The one document of a command, with its format from --format or found beside it. */
	private Loaded loadDocument(Options options) {
		if (options.files().size() != 1) {
			throw new UsageException("Dit commando verwacht precies één document.");
		}
		Path file = options.files().get(0);
		String formatFile = options.values().get("--format");
		try {
			if (formatFile == null) {
				Path found = locator.find(file);
				if (found == null) {
					err.println(file + ": fout: geen formaat gevonden in dezelfde map; geef het met --format.");
					return null;
				}
				formatFile = found.toString();
			}
		} catch (IOException e) {
			err.println(file + ": fout: kan niet gelezen worden (" + e.getMessage() + ")");
			return null;
		}
		Format format = loadFormat(formatFile);
		if (format == null) {
			return null;
		}
		try {
			return new Loaded(file, Documents.load(file, format));
		} catch (DocumentException e) {
			err.println(e.diagnostic());
			return null;
		}
	}

	private int saveAfterChange(Loaded loaded, String message) {
		try {
			Documents.save(loaded.document(), loaded.file());
		} catch (IOException e) {
			err.println(loaded.file() + ": fout: kan niet geschreven worden (" + e.getMessage() + ")");
			return USAGE;
		}
		out.println(message);
		return OK;
	}

	/** A format as it was at a git revision; prints problems; {@code null} when unusable. */
	private Format loadFormatAt(Path file, String revision) {
		byte[] content;
		try {
			content = GitVersions.read(file, revision);
		} catch (IOException e) {
			err.println(file + ": fout: " + e.getMessage());
			return null;
		}
		LoadedFormat loaded = FormatLoader.create().load(Path.of(file + "@" + revision), content);
		if (!loaded.isUsable()) {
			print(loaded.diagnostics());
			return null;
		}
		return loaded.format();
	}

	/** Loads a format for use by another command; prints its problems; {@code null} when unusable. */
	private Format loadFormat(String file) {
		LoadedFormat loaded = FormatLoader.create().load(Path.of(file));
		if (!loaded.isUsable()) {
			print(loaded.diagnostics());
			err.println("opp: het formaat " + file + " bevat fouten; los die eerst op (opp check-format).");
			return null;
		}
		return loaded.format();
	}

	private static boolean isIoFailure(LoadedFormat loaded) {
		return loaded.format() == null && loaded.diagnostics().stream()
				.anyMatch(d -> "nl.oppstudio.format.io".equals(d.code()));
	}

	private void print(List<Diagnostic> diagnostics) {
		diagnostics.forEach(d -> (d.isError() ? err : out).println(d));
	}

	private int summary(List<Diagnostic> diagnostics, String what) {
		long errors = diagnostics.stream().filter(Diagnostic::isError).count();
		long others = diagnostics.size() - errors;
		if (errors == 0) {
			out.println(String.format(Locale.ROOT, "%s: geen fouten%s.", capitalize(what),
					others == 0 ? "" : ", " + others + (others == 1 ? " opmerking" : " opmerkingen")));
			return OK;
		}
		out.println(String.format(Locale.ROOT, "%s: %d %s, %d %s.", capitalize(what), errors,
				errors == 1 ? "fout" : "fouten", others, others == 1 ? "opmerking" : "opmerkingen"));
		return FOUND_ERRORS;
	}

	private static String capitalize(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
