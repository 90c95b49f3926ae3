package nl.oppstudio.importer.word.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.oppstudio.core.Limits;
import nl.oppstudio.importer.word.WordImportException;
import nl.oppstudio.importer.word.internal.WordFile;
import nl.oppstudio.importer.word.internal.WordFile.Para;
import nl.oppstudio.importer.word.internal.WordFile.Table;
import nl.oppstudio.importer.word.internal.WordReader;
import nl.oppstudio.testing.word.WordBuilder;
import nl.oppstudio.testing.word.WordExamples;

/**
 * WordReader on bad input (docs/word-import.md, Robustness): every file either reads or is refused with a
 * WordImportException whose Dutch message names the file and says what to do, with no POI text in it.
 */
class WordRobustnessTest {

	@TempDir
	Path dir;

	private static final byte[] SANNE = WordExamples.bijlage2(WordExamples.SANNE).bytes();

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	/** Refused with {@code code}; the message names the file, has {@code words} and no POI or Java text. */
	private static WordImportException refused(Path file, String code, String... words) {
		WordImportException e = assertThrows(WordImportException.class, () -> WordReader.read(file));
		assertEquals(code, e.diagnostic().code(), e.getMessage() + " (" + e.getCause() + ")");
		assertEquals(file, e.diagnostic().file());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		for (String word : words) {
			assertTrue(e.getMessage().contains(word), e.getMessage() + " has no " + word);
		}
		String lower = e.getMessage().toLowerCase(Locale.ROOT);
		for (String foreign : List.of("exception", "poi", "org.", "zip bomb", "ooxml", "ole2", "null")) {
			assertFalse(lower.contains(foreign), e.getMessage() + " has " + foreign);
		}
		return e;
	}

	/** {@code docx} with each entry passed through {@code change} (name, bytes → new bytes, or null to leave it out). */
	static byte[] rewrite(byte[] docx, BiFunction<String, byte[], byte[]> change) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = change.apply(entry.getName(), in.readAllBytes());
				if (bytes != null) {
					zip.putNextEntry(new ZipEntry(entry.getName()));
					zip.write(bytes);
					zip.closeEntry();
				}
			}
		}
		return out.toByteArray();
	}

	/** {@code docx} with {@code word/document.xml} changed as text. */
	static byte[] rewriteDocument(byte[] docx, java.util.function.UnaryOperator<String> change) throws IOException {
		return rewrite(docx, (name, bytes) -> name.equals("word/document.xml")
				? change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
				: bytes);
	}

	// ---------------------------------------------------------------- not a readable file

	@Test
	void aMissingFileIsNamed() {
		refused(dir.resolve("bestaat-niet.docx"), WordReader.MISSING, "bestaat niet");
	}

	@Test
	void aFolderIsNoWordFile() throws IOException {
		refused(Files.createDirectory(dir.resolve("map.docx")), WordReader.UNREADABLE, "geen map");
	}

	@Test
	void anEmptyFileIsNamedEmpty() throws IOException {
		refused(write("leeg.docx", new byte[0]), WordReader.EMPTY, "leeg");
	}

	@Test
	void wordsOwnerFileOfAnOpenDocumentIsNamedSo() throws IOException {
		// Word writes "~$" + the name's end beside a document it has open: 162 bytes, no Word file
		byte[] owner = new byte[162];
		owner[0] = 5;
		refused(write("~$nne de Vries.docx", owner), WordReader.OWNER_FILE, "open", "Sla het over");
	}

	@Test
	void aFileOverTheLimitIsNotOpened() throws IOException {
		Path big = dir.resolve("groot.docx");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(Limits.MAX_WORD_BYTES + 2 * 1024 * 1024);
		}
		refused(big, WordReader.TOO_LARGE, "34 MB", "32 MB", "afbeeldingen");
	}

	@Test
	void randomBytesAreNoWordFile() throws IOException {
		byte[] bytes = new byte[5000];
		new Random(17).nextBytes(bytes);
		refused(write("ruis.docx", bytes), WordReader.NOT_WORD, "geen Word-bestand", "opnieuw op");
		refused(write("tekst.docx", "Naam leerling: Sanne".getBytes(StandardCharsets.UTF_8)), WordReader.NOT_WORD);
	}

	@Test
	void aTruncatedWordFileIsNamedDamaged() throws IOException {
		refused(write("half.docx", java.util.Arrays.copyOf(SANNE, SANNE.length / 2)), WordReader.NOT_WORD, "beschadigd");
	}

	@Test
	void aZipWithoutWordDocumentIsNoWordFile() throws IOException {
		refused(write("zonder-document.docx", rewrite(SANNE, (name, bytes) -> name.equals("word/document.xml") ? null : bytes)),
				WordReader.NOT_WORD);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("leesmij.txt"));
			out.write("geen Word".getBytes(StandardCharsets.UTF_8));
		}
		refused(write("gewone.zip", zip.toByteArray()), WordReader.NOT_WORD);
	}

	@Test
	void anExcelPackageIsNamedExcel() throws IOException {
		byte[] excel = rewrite(SANNE, (name, bytes) -> name.equals("[Content_Types].xml")
				? new String(bytes, StandardCharsets.UTF_8).replace("wordprocessingml.document.main+xml",
						"spreadsheetml.sheet.main+xml").getBytes(StandardCharsets.UTF_8)
				: bytes);
		refused(write("lijst.xlsx", excel), WordReader.OTHER_OFFICE, "Excel");
	}

	@Test
	void aPasswordProtectedFileSaysHowToRemoveThePassword() throws Exception {
		// Word encrypts the whole package into an OLE2 container with an EncryptionInfo stream
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("geheim");
			try (OutputStream data = encryptor.getDataStream(fs)) {
				data.write(SANNE);
			}
			fs.writeFilesystem(out);
		}
		refused(write("beveiligd.docx", out.toByteArray()), WordReader.PROTECTED, "wachtwoord", "Versleutelen met wachtwoord");
	}

	@Test
	void theOldDocFormatSaysSaveAsDocx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
			fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
			fs.writeFilesystem(out);
		}
		refused(write("oud.doc", out.toByteArray()), WordReader.OLD_DOC, ".doc", "Opslaan als");
	}

	@Test
	void rtfSaysSaveAsDocx() throws IOException {
		refused(write("opp.rtf", "{\\rtf1\\ansi Naam leerling: \\par}".getBytes(StandardCharsets.US_ASCII)), WordReader.RTF,
				"RTF", "Opslaan als");
	}

	@Test
	void strictOpenXmlSaysSaveAsWordDocument() throws IOException {
		byte[] strict = rewrite(SANNE, (name, bytes) -> {
			String text = new String(bytes, StandardCharsets.UTF_8);
			if (name.endsWith(".rels")) {
				text = text.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
						"http://purl.oclc.org/ooxml/officeDocument/relationships/");
			} else if (name.endsWith(".xml")) {
				text = text.replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
						"http://purl.oclc.org/ooxml/wordprocessingml/main");
			}
			return text.getBytes(StandardCharsets.UTF_8);
		});
		refused(write("strict.docx", strict), WordReader.STRICT, "Strict Open XML");
	}

	@Test
	void templatesAndMacroFilesRead() throws Exception {
		for (String[] kind : new String[][] { { "sjabloon.dotx", "wordprocessingml.template.main+xml" },
				{ "macro.docm", "ms-word.document.macroEnabled.main+xml" },
				{ "macro-sjabloon.dotm", "ms-word.template.macroEnabledTemplate.main+xml" } }) {
			byte[] bytes = rewrite(SANNE, (name, data) -> name.equals("[Content_Types].xml")
					? new String(data, StandardCharsets.UTF_8)
							.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
									kind[1].startsWith("ms-word") ? "application/vnd." + kind[1]
											: "application/vnd.openxmlformats-officedocument." + kind[1])
							.getBytes(StandardCharsets.UTF_8)
					: data);
			WordFile file = WordReader.read(write(kind[0], bytes));
			assertEquals("Sanne de Vries", file.cell(new nl.oppstudio.importer.word.internal.Locator("tabel 1 rij 1 kolom 2"))
					.orElseThrow().text(), kind[0]);
		}
	}

	// ---------------------------------------------------------------- limits

	@Test
	void aZipBombIsRefusedByPoisGuard() throws IOException {
		// 8 MB of one letter packs to some 8 KB: past the guard's 100 times
		String filler = "a".repeat(8 * 1024 * 1024);
		byte[] bomb = rewriteDocument(SANNE, xml -> xml.replace("Sanne de Vries", filler));
		assertTrue(bomb.length < 200_000, "packed: " + bomb.length);
		refused(write("bom.docx", bomb), WordReader.ZIP_BOMB, "pakt uit", "nieuw exemplaar");
	}

	@Test
	void tablesNestedPastTheLimitAreReadAsTextWithANote() throws Exception {
		// depth 1 is the body's table; each further one is in the first cell of the one before
		WordBuilder builder = new WordBuilder().table(t -> nest(t, 2, WordReader.MAX_TABLE_DEPTH + 2));
		WordFile file = WordReader.read(builder.save(dir.resolve("diep.docx")));
		Table table = (Table) file.body().get(0);
		String at = "tabel 1";
		for (int depth = 2; depth <= WordReader.MAX_TABLE_DEPTH + 1; depth++) {
			table = (Table) table.rows().get(0).cells().get(0).content().stream().filter(Table.class::isInstance)
					.findFirst().orElseThrow();
			at += " rij 1 kolom 1 tabel 1";
			assertEquals(at, table.at().path());
		}
		// the table at MAX + 1 is one cell with the text of it and the table inside it
		assertEquals(1, table.rows().size());
		assertEquals("laag " + (WordReader.MAX_TABLE_DEPTH + 1) + " / laag " + (WordReader.MAX_TABLE_DEPTH + 2) + " / naast / naast",
				table.rows().get(0).cells().get(0).text());
		assertEquals(1, file.notes().size());
		assertEquals(at, file.notes().get(0).at().path());
		assertTrue(file.notes().get(0).message().contains("als tekst gelezen"));
	}

	private static void nest(WordBuilder.Table table, int depth, int deepest) {
		table.row("laag " + (depth - 1), "naast");
		if (depth <= deepest) {
			table.nested(0, 0, inner -> nest(inner, depth + 1, deepest));
		}
	}

	@Test
	void hundredsOfNestedTablesOrControlsAreBounded() throws Exception {
		// past the JDK parser's 100 (Java 24 on), within POI's 1,000: the reader's own bounds (6 tables, 64 XML levels) must hold
		int deep = 300;
		// random text on each level, so that the XML packs like real text and not past the zip-bomb guard
		Random random = new Random(17);
		StringBuilder tables = new StringBuilder();
		StringBuilder controls = new StringBuilder();
		StringBuilder links = new StringBuilder("<w:p>");
		for (int i = 0; i < deep; i++) {
			tables.append("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>").append(Long.toHexString(random.nextLong())).append("</w:t></w:r></w:p>");
			controls.append("<w:sdt><w:sdtPr><w:tag w:val=\"").append(Long.toHexString(random.nextLong()))
					.append("\"/></w:sdtPr><w:sdtContent>");
			links.append("<w:hyperlink><w:r><w:t>").append(Long.toHexString(random.nextLong())).append("</w:t></w:r>");
		}
		tables.append("</w:tc></w:tr></w:tbl>".repeat(deep));
		controls.append("<w:p><w:r><w:t>y</w:t></w:r></w:p>").append("</w:sdtContent></w:sdt>".repeat(deep));
		links.append("</w:hyperlink>".repeat(deep)).append("</w:p>");
		for (CharSequence deepXml : List.of(tables, controls, links)) {
			Path file = write("genest.docx", rewriteDocument(SANNE, xml -> xml.replace("<w:body>", "<w:body>" + deepXml)));
			// Java 24 and later: the XML parser refuses elements more than 100 deep
			refused(file, WordReader.TOO_DEEP, "te diep genest");
			// Java 21 has no such limit: then the file reads, within the reader's own bounds
			String before = System.getProperty(MAX_ELEMENT_DEPTH);
			System.setProperty(MAX_ELEMENT_DEPTH, "0");
			try {
				WordFile read = WordReader.read(file);
				assertEquals("Sanne de Vries", read.paragraphs().stream().map(Para::text).filter("Sanne de Vries"::equals)
						.findFirst().orElseThrow());
				if (deepXml != links) {
					assertFalse(read.notes().isEmpty(), "a note on what was left out");
				}
			} finally {
				if (before == null) {
					System.clearProperty(MAX_ELEMENT_DEPTH);
				} else {
					System.setProperty(MAX_ELEMENT_DEPTH, before);
				}
			}
		}
	}

	private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

	@Test
	void moreBlocksThanTheLimitAreRefused() throws IOException {
		// text that packs like real text, not past the zip-bomb guard
		Random random = new Random(17);
		StringBuilder paragraphs = new StringBuilder();
		for (int i = 0; i <= WordReader.MAX_BLOCKS; i++) {
			paragraphs.append("<w:p><w:r><w:t>").append(Long.toHexString(random.nextLong())).append("</w:t></w:r></w:p>");
		}
		byte[] bytes = rewriteDocument(SANNE, xml -> xml.replace("<w:body>", "<w:body>" + paragraphs));
		refused(write("lang.docx", bytes), WordReader.TOO_MANY_BLOCKS, "100.000", "kleinere documenten");
	}

	@Test
	void aHundredPageTemplateReadsCompletely() throws Exception {
		WordFile file = WordReader.read(WordExamples.pages(dir.resolve("honderd.docx"), 100));
		assertEquals(100, file.tables().size());
		assertEquals(100, file.body().stream().filter(WordFile.PageBreak.class::isInstance).count());
		List<Para> headings = file.paragraphs().stream().filter(p -> p.heading() > 0).toList();
		assertEquals(200, headings.size());
		assertEquals("Afspraken rubriek 100", headings.get(199).text());
		assertEquals("Betrokkene 100.5", file.tables().get(99).rows().get(5).cells().get(0).text());
		assertTrue(file.notes().isEmpty());
	}

	@Test
	void aNumberingThatWouldFillTheMemoryIsBounded() throws Exception {
		// 2,000,000,000 in letters is 77 million of them; the pattern repeats it a thousand times
		WordBuilder builder = new WordBuilder();
		for (int i = 0; i < 200; i++) {
			builder.numberedHeading(1, "Rubriek " + i);
		}
		String pattern = "%1".repeat(1000);
		byte[] bytes = rewrite(builder.bytes(), (name, content) -> {
			if (!name.equals("word/numbering.xml")) {
				return content;
			}
			String xml = new String(content, StandardCharsets.UTF_8);
			String crafted = xml.replaceFirst("<w:start w:val=\"1\"/>", "<w:start w:val=\"2000000000\"/>")
					.replaceFirst("<w:numFmt w:val=\"decimal\"/>", "<w:numFmt w:val=\"lowerLetter\"/>")
					.replaceFirst("<w:lvlText w:val=\"%1.\"/>", "<w:lvlText w:val=\"" + pattern + "\"/>");
			assertTrue(crafted.contains("2000000000") && crafted.contains("lowerLetter\"/><w:lvlText w:val=\"%1%1%1"), crafted);
			return crafted.getBytes(StandardCharsets.UTF_8);
		});
		long start = System.nanoTime();
		WordFile file = WordReader.read(write("nummering.docx", bytes));
		List<Para> headings = file.paragraphs().stream().filter(p -> p.heading() > 0).toList();
		assertEquals(200, headings.size());
		// the start as Word allows it (32767), in digits past ten letters, nine references of the pattern
		assertEquals("32767".repeat(9), headings.get(0).number());
		assertEquals("32966".repeat(9), headings.get(199).number());
		assertTrue(System.nanoTime() - start < 10_000_000_000L, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	@Test
	@org.junit.jupiter.api.Timeout(60)
	void tenThousandDrawingsOfOneLargeHeaderPictureReadItOnce() throws Exception {
		// one 4 MB picture (random bytes: they do not pack) shown by 10,000 drawings, each with its own alt text
		byte[] large = new byte[4 << 20];
		new Random(27).nextBytes(large);
		byte[] base = new WordBuilder().para("OPP").headerLogo(WordBuilder.png(40, 20, 0x1F4E79), "Logo").bytes();
		Random random = new Random(26);
		byte[] bytes = rewrite(base, (name, content) -> {
			if (name.startsWith("word/media/")) {
				return large;
			}
			if (!name.matches("word/header\\d*\\.xml")) {
				return content;
			}
			String xml = new String(content, StandardCharsets.UTF_8);
			java.util.regex.Matcher run = java.util.regex.Pattern.compile("<w:r>(?:(?!<w:r>).)*?<w:drawing>.*?</w:drawing>.*?</w:r>",
					java.util.regex.Pattern.DOTALL).matcher(xml);
			assertTrue(run.find(), xml);
			StringBuilder runs = new StringBuilder();
			for (int i = 0; i < 10_000; i++) {
				runs.append(run.group().replaceFirst("descr=\"[^\"]*\"", "descr=\"Logo " + Long.toHexString(random.nextLong()) + "\""));
			}
			return (xml.substring(0, run.start()) + runs + xml.substring(run.end())).getBytes(StandardCharsets.UTF_8);
		});
		Path file = write("logos.docx", bytes);
		long start = System.nanoTime();
		WordFile read = WordReader.read(file);
		assertEquals(1, read.logos().size());
		assertArrayEquals(large, read.logos().get(0).bytes());
		assertTrue(read.logos().get(0).altText().startsWith("Logo "), read.logos().get(0).altText());
		assertTrue(WordReader.read(file, false).logos().isEmpty(), "a filled-in copy's import reads no logos");
		assertTrue(System.nanoTime() - start < 20_000_000_000L, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	@Test
	void manyPartsTogetherPastTheLimitAreRefused() throws IOException {
		// three parts of 12 MB each: each under the limit and packed some 2 times (hex), together 36 MB of XML
		Random random = new Random(28);
		byte[] bytes = rewrite(SANNE, (name, content) -> content);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes)); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(in.readAllBytes());
				zip.closeEntry();
			}
			for (int part = 1; part <= 3; part++) {
				StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><gegevens>");
				while (xml.length() < 12_000_000) {
					xml.append("<w>").append(Long.toHexString(random.nextLong())).append("</w>");
				}
				zip.putNextEntry(new ZipEntry("customXml/item" + part + ".xml"));
				zip.write(xml.append("</gegevens>").toString().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		assertTrue(out.size() < Limits.MAX_WORD_BYTES, "packed: " + out.size());
		refused(write("veel-delen.docx", out.toByteArray()), WordReader.TOO_MUCH, "uitgepakt", "32 MB", "kleinere documenten");
	}

	@Test
	void nestedControlsRepeatingTheirTextPastTheLimitAreRefused() throws IOException {
		// each block-level control's value is the text of all its paragraphs: 40 of them around 1 MB of text
		Random random = new Random(29);
		StringBuilder text = new StringBuilder();
		while (text.length() < 1_000_000) {
			text.append(Long.toHexString(random.nextLong())).append(' ');
		}
		int deep = 40;
		StringBuilder controls = new StringBuilder();
		for (int i = 0; i < deep; i++) {
			controls.append("<w:sdt><w:sdtPr><w:tag w:val=\"veld").append(i).append("\"/><w:text/></w:sdtPr><w:sdtContent>");
		}
		controls.append("<w:p><w:r><w:t>").append(text).append("</w:t></w:r></w:p>").append("</w:sdtContent></w:sdt>".repeat(deep));
		byte[] bytes = rewriteDocument(SANNE, xml -> xml.replace("<w:body>", "<w:body>" + controls));
		refused(write("herhaald.docx", bytes), WordReader.TOO_MUCH, "uitgepakt", "kleinere documenten");
		// one such control reads
		byte[] once = rewriteDocument(SANNE, xml -> xml.replace("<w:body>", "<w:body><w:sdt><w:sdtPr><w:tag w:val=\"veld\"/><w:text/>"
				+ "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:sdtContent></w:sdt>"));
		assertDoesNotThrow(() -> WordReader.read(write("eenmaal.docx", once)));
	}

	// ---------------------------------------------------------------- text and the outside world

	@Test
	void oddCharactersComeThroughAsTextOrAreDropped() throws Exception {
		String rtl = "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD \u202Eomgekeerd\u202C";
		String emoji = "Juf \uD83D\uDC69\u200D\uD83C\uDFEB en \uD83D\uDE00";
		WordFile file = WordReader.read(new WordBuilder().para(rtl).para(emoji)
				.para("los\uD800hoog en \uDC00laag").para("stuur\u0001teken\u0000nul\u001Fen\u007Fdel\uFFFEniet")
				.table(t -> t.row("cel\u0007bel", emoji)).save(dir.resolve("tekens.docx")));
		assertEquals(rtl, ((Para) file.body().get(0)).text());
		assertEquals(emoji, ((Para) file.body().get(1)).text());
		for (Para para : file.paragraphs()) {
			for (char c : para.text().toCharArray()) {
				assertFalse(Character.getType(c) == Character.CONTROL, "control character in " + para.text());
			}
			assertTrue(para.text().codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF), "lone surrogate in " + para.text());
		}
		assertTrue(((Para) file.body().get(3)).text().startsWith("stuur"));
	}

	@Test
	void controlCharactersWrittenIntoTheXmlAreDroppedOrRefused() throws Exception {
		// character references XML 1.0 does not allow
		byte[] bytes = rewriteDocument(SANNE, xml -> xml.replace("Sanne de Vries", "Sanne&#x1;&#x0; de Vries"));
		try {
			WordFile file = WordReader.read(write("tekens.docx", bytes));
			assertEquals("Sanne de Vries", file.cell(new nl.oppstudio.importer.word.internal.Locator("tabel 1 rij 1 kolom 2"))
					.orElseThrow().text());
		} catch (WordImportException e) {
			assertEquals(WordReader.NOT_WORD, e.diagnostic().code());
		}
	}

	@Test
	void aLoneSurrogateEncodedInTheXmlIsDroppedOrRefused() throws Exception {
		// U+D800 as UTF-8 would encode it (ED A0 80): no valid UTF-8, yet some tools write it
		byte[] bytes = rewrite(SANNE, (name, data) -> {
			if (!name.equals("word/document.xml")) {
				return data;
			}
			String xml = new String(data, StandardCharsets.UTF_8);
			int at = xml.indexOf("Sanne de Vries") + "Sanne".length();
			byte[] before = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
			byte[] after = xml.substring(at).getBytes(StandardCharsets.UTF_8);
			byte[] out = new byte[before.length + 3 + after.length];
			System.arraycopy(before, 0, out, 0, before.length);
			out[before.length] = (byte) 0xED;
			out[before.length + 1] = (byte) 0xA0;
			out[before.length + 2] = (byte) 0x80;
			System.arraycopy(after, 0, out, before.length + 3, after.length);
			return out;
		});
		try {
			WordFile file = WordReader.read(write("surrogaat.docx", bytes));
			String name = file.cell(new nl.oppstudio.importer.word.internal.Locator("tabel 1 rij 1 kolom 2")).orElseThrow().text();
			assertTrue(name.startsWith("Sanne") && name.endsWith("de Vries"), name);
			assertTrue(name.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF), name);
		} catch (WordImportException e) {
			assertEquals(WordReader.NOT_WORD, e.diagnostic().code());
		}
	}

	@Test
	void externalEntitiesAndLinkedPicturesAreNeverFetched() throws Exception {
		Path secret = Files.writeString(dir.resolve("geheim.txt"), "GEHEIM-1234");
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
			String doctype = "<!DOCTYPE w:document [<!ENTITY bestand SYSTEM \"" + secret.toUri() + "\"><!ENTITY web SYSTEM \""
					+ url + "entiteit\">]>";
			byte[] entities = rewriteDocument(SANNE, xml -> xml.replaceFirst("(<\\?xml[^>]*\\?>)", "$1" + doctype)
					.replace("Sanne de Vries", "&bestand;&web;"));
			readOrRefuse(write("entiteiten.docx", entities));
			// a picture linked, not embedded (r:link, TargetMode External) in the header
			byte[] linked = rewrite(WordExamples.bijlage2(Map.of()).bytes(), (name, bytes) -> {
				String text = new String(bytes, StandardCharsets.UTF_8);
				if (name.startsWith("word/_rels/header")) {
					text = text.replaceAll("Target=\"[^\"]*\"", "Target=\"" + url + "logo.png\" TargetMode=\"External\"");
				} else if (name.startsWith("word/header")) {
					text = text.replace("r:embed=", "r:link=");
				}
				return text.getBytes(StandardCharsets.UTF_8);
			});
			WordFile file = readOrRefuse(write("gekoppeld.docx", linked));
			if (file != null) {
				assertTrue(file.logos().isEmpty(), "a linked picture is no logo");
			}
			server.setSoTimeout(200);
			try {
				server.accept().close();
				fail("the reader connected to " + url);
			} catch (SocketTimeoutException expected) {
				// nobody came
			}
		}
	}

	private static WordFile readOrRefuse(Path file) {
		try {
			WordFile read = WordReader.read(file);
			for (Para para : read.paragraphs()) {
				assertFalse(para.text().contains("GEHEIM"), "an external entity was read");
			}
			return read;
		} catch (WordImportException e) {
			assertFalse(e.getMessage().contains("GEHEIM"));
			return null;
		}
	}

	// ---------------------------------------------------------------- fuzz

	static Stream<Integer> cuts() {
		return IntStream.range(1, 21).boxed();
	}

	@ParameterizedTest
	@MethodSource("cuts")
	void aTruncatedFileReadsOrIsRefused(int cut) throws IOException {
		expectWordFileOrRefusal(java.util.Arrays.copyOf(SANNE, SANNE.length * cut / 21), "afgebroken-" + cut);
	}

	@ParameterizedTest
	@MethodSource("cuts")
	void flippedBytesReadOrAreRefused(int seed) throws IOException {
		byte[] bytes = SANNE.clone();
		Random random = new Random(seed);
		for (int i = 0; i < seed; i++) {
			int at = random.nextInt(bytes.length);
			bytes[at] = (byte) (bytes[at] ^ 1 << random.nextInt(8));
		}
		expectWordFileOrRefusal(bytes, "omgedraaid-" + seed);
	}

	private void expectWordFileOrRefusal(byte[] bytes, String name) throws IOException {
		Path file = write(name + ".docx", bytes);
		try {
			assertInstanceOf(WordFile.class, WordReader.read(file));
		} catch (WordImportException e) {
			assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		}
	}
}
