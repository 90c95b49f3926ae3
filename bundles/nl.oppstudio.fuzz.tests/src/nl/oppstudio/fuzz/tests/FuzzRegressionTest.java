package nl.oppstudio.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.oppstudio.fuzz.Dictionary;
import nl.oppstudio.fuzz.Fixtures;
import nl.oppstudio.fuzz.RenderTarget;
import nl.oppstudio.fuzz.Targets;

/**
 * Issue 16, fuzzing: every fuzz target over its seeds from {@code dsl-examples/} and over the stored
 * corpus {@code releng/fuzz/corpus/TARGET/} (inputs the campaigns found worth keeping, and every
 * finding). An input passes when its target returns: no unexpected exception, no broken invariant.
 * Each input is bounded in time as a hang detector (generous, for a busy machine; the campaigns hold
 * inputs to 1 s), not as a speed test.
 */
class FuzzRegressionTest {

	/** Far above what any input needs (the campaigns allow 1 s); only a hang gets here. */
	private static final Duration HANG = Duration.ofSeconds(20);

	@BeforeAll
	static void warmUp() {
		Fixtures.exampleFormat(); // the language's injector and the example format, once
		RenderTarget.fuzzerInitialize(); // FOP's fonts, once
	}

	static Path corpus(Targets target) {
		return Fixtures.examples().toAbsolutePath().getParent().resolve("releng/fuzz/corpus").resolve(target.folder());
	}

	static byte[] stored(Targets target, String name) {
		try {
			return Files.readAllBytes(corpus(target).resolve(name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void run(Targets target, byte[] input) {
		assertTimeoutPreemptively(HANG, () -> target.run(input));
	}

	@TestFactory
	Stream<DynamicTest> everyTargetPassesItsSeedsAndStoredCorpus() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (Targets target : Targets.values()) {
			List<byte[]> seeds = target.seeds();
			assertTrue(!seeds.isEmpty(), target + " has seeds");
			for (int i = 0; i < seeds.size(); i++) {
				byte[] seed = seeds.get(i);
				tests.add(DynamicTest.dynamicTest(target.folder() + " seed " + i, () -> run(target, seed)));
			}
			Path folder = corpus(target);
			if (Files.isDirectory(folder)) {
				try (Stream<Path> files = Files.list(folder)) {
					for (Path file : files.sorted().toList()) {
						byte[] input = Files.readAllBytes(file);
						tests.add(DynamicTest.dynamicTest(target.folder() + "/" + file.getFileName(), () -> run(target, input)));
					}
				}
			}
		}
		return tests.stream();
	}

	/**
	 * Finding (document target): bytes that are no UTF-8 in the XML declaration made the JDK's StAX
	 * reader, which checks the root element, print "[Fatal Error] :-1:-1: Invalid byte 2 of 3-byte UTF-8
	 * sequence." on stderr beside the Dutch message; {@code opp validate} must only print its own lines.
	 */
	@Test
	void findingUndecodableBytesPrintNothingOnStderr() {
		java.io.PrintStream err = System.err;
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			run(Targets.DOCUMENT, stored(Targets.DOCUMENT, "finding-stax-fout-op-stderr.opp"));
		} finally {
			System.setErr(err);
		}
		assertEquals("", printed.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Finding (document target): a namespace the schema does not know made EMF fetch it from its URI to
	 * look for a package there, so opening a document sent a request to any address it names (Jazzer's
	 * SSRF detector: "Attempted connection to: www.w3.org:80"). Here the address is a socket of the test,
	 * which must see no connection.
	 */
	@Test
	void findingADocumentNeverFetchesItsNamespace() throws IOException {
		try (java.net.ServerSocket server = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
			String text = new String(stored(Targets.DOCUMENT, "finding-namespace-opgehaald.opp"), StandardCharsets.UTF_8)
					.replace("PORT", String.valueOf(server.getLocalPort()));
			run(Targets.DOCUMENT, text.getBytes(StandardCharsets.UTF_8));
			server.setSoTimeout(300);
			try (java.net.Socket connection = server.accept()) {
				org.junit.jupiter.api.Assertions.fail("loading the document connected to " + server.getLocalSocketAddress());
			} catch (java.net.SocketTimeoutException expected) {
				// no connection: as it should be
			}
		}
	}

	/**
	 * Finding (document target): a root element in EMF's XMLType namespace with unknown content made EMF
	 * recurse until the stack overflowed (handleUnknownFeature, recordUnknownFeature); the error escaped
	 * the loader as a stack trace. Now a {@code DocumentException} with a Dutch message.
	 */
	@Test
	void findingEmfRecursionIsARefusal() {
		run(Targets.DOCUMENT, stored(Targets.DOCUMENT, "finding-emf-kringrecursie.opp"));
	}

	/**
	 * Finding (render target): a character the diagram's font (DejaVu Sans) lacks but a bundled fallback
	 * has (here 好, U+597D, in a goal) was drawn in the diagrams' SVG text by FOP in the unembedded
	 * Times-Roman, and the PDF/A-2a check refused the whole PDF ("Offending font: /Times-Roman"): a pupil
	 * whose plan held such a text got no PDF. The input is one FOP renders (its hash is 0 modulo 8).
	 */
	@Test
	void findingACharacterOnlyAFallbackFontHasStillGivesAPdf() {
		byte[] input = stored(Targets.RENDER, "finding-pdfa-times-roman");
		assertEquals(0, Math.floorMod(java.util.Arrays.hashCode(input), RenderTarget.RENDER_ONE_IN), "rendered by FOP");
		run(Targets.RENDER, input);
	}

	@Test
	void theStoredCorpusStaysSmall() throws IOException {
		Path root = corpus(Targets.FORMAT).getParent();
		long bytes;
		try (Stream<Path> files = Files.walk(root)) {
			bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		assertTrue(bytes < 2_000_000, "releng/fuzz/corpus holds " + bytes + " bytes; keep it under 2 MB");
	}

	@Test
	void theFormatDictionaryHoldsEveryKeywordOfTheGrammar() throws IOException {
		Path dict = corpus(Targets.FORMAT).getParent().resolveSibling("dict/format.dict");
		List<String> lines = Files.readAllLines(dict, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
		assertEquals(Dictionary.lines(Dictionary.formatKeywords(), false), lines,
				"regenerate with: java -cp … nl.oppstudio.fuzz.Dictionary format > releng/fuzz/dict/format.dict");
	}
}
