package nl.oppstudio.e2e;

import static nl.oppstudio.e2e.Products.copy;
import static nl.oppstudio.e2e.Products.examples;
import static nl.oppstudio.e2e.Products.opp;
import static nl.oppstudio.e2e.Products.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Issue 15, end to end: an SWV generates the OPP Editor for its format with {@code opp generate}; a school
 * unpacks the Linux archive, starts it (under the display the build runs in), opens an example document and
 * exports its PDF; the SWV publishes a newer format version to a second p2 repository; the installed editor
 * updates from it and migrates the document with nothing lost.
 */
class GeneratedEditorTest {

	private static final String FORMAT = "swv-voorbeeld-opp";
	private static final String NAME = "OPP Editor Voorbeeldregio";

	@TempDir
	Path temp;

	@Test
	void generateInstallOpenExportUpdateAndMigrate() throws Exception {
		Products.studioProduct();
		Path home = Files.createDirectories(temp.resolve("home"));
		Map<String, String> environment = userEnvironment(home);

		// The SWV: format 0.2.0 with its logo, generated into dist1 (whose repository is the update location).
		Path v1 = temp.resolve("v1");
		Path format1 = copy(examples().resolve(FORMAT + ".oppformat"), v1, null);
		copy(examples().resolve("logo-swv-voorbeeld.svg"), v1, null);
		Products.Run generated = opp(environment, "generate", format1.toString(), "-o", temp.resolve("dist1").toString(), "--naam",
				NAME);
		assertEquals(0, generated.exit(), generated.all());
		Path dist1 = temp.resolve("dist1");
		assertTrue(Files.isRegularFile(dist1.resolve("plugins/nl.oppstudio.formats." + FORMAT + "_0.2.0.jar")), generated.all());
		Path linux = archive(dist1, "linux-x86_64.tar.gz");
		archive(dist1, "windows-x86_64.zip");
		archive(dist1, "macos-aarch64.tar.gz");

		// The school: unpack, put a document in a folder without the format, open it and export the PDF.
		Path install = Files.createDirectories(temp.resolve("install"));
		Products.Run unpacked = run(install, Map.of(), 120, List.of("tar", "xzf", linux.toString()));
		assertEquals(0, unpacked.exit(), unpacked.all());
		Path script = startScript(install);
		Path documents = temp.resolve("documenten");
		Path document = copy(examples().resolve("sem-de-vries.opp"), documents, null);
		byte[] before = Files.readAllBytes(document);
		Path pdf = temp.resolve("sem.pdf");
		Products.Run exported = run(install, environment, 180, List.of(script.toString(), "--pdf", document.toString(), pdf.toString()));
		assertEquals(0, exported.exit(), exported.all());
		assertPdf(pdf);
		assertArrayEquals(before, Files.readAllBytes(document), "PDF maken verandert het document niet");

		// The SWV publishes 1.0.0 (fields renamed and removed) to a second repository.
		Path v2 = temp.resolve("v2");
		Path format2 = copy(examples().resolve("versies/" + FORMAT + "-1.0.0.oppformat"), v2, FORMAT + ".oppformat");
		// In dsl-examples/versies/ the logo is one folder up; here it lies beside the format, as in an SWV's repository.
		Files.writeString(format2, Files.readString(format2).replace("\"../logo-swv-voorbeeld.svg\"", "\"logo-swv-voorbeeld.svg\""));
		copy(examples().resolve("logo-swv-voorbeeld.svg"), v2, null);
		Path dist2 = temp.resolve("dist2");
		Products.Run published = opp(environment, "generate", format2.toString(), "-o", dist2.toString(), "--naam", NAME,
				"--platform", "linux");
		assertEquals(0, published.exit(), published.all());

		// The school updates from it: the document moves to 1.0.0, every value in its place or in the archive.
		Map<String, Integer> valuesBefore = values(document);
		Products.Run updated = run(install, environment, 180, List.of(script.toString(), "--bijwerken", "--van",
				dist2.resolve("repository").toUri().toString(), documents.toString()));
		assertEquals(0, updated.exit(), updated.all());
		assertTrue(updated.out().contains("1.0.0"), updated.all());
		String migrated = Files.readString(document);
		assertTrue(migrated.contains("urn:oppstudio:format:" + FORMAT + ":1.0.0"), migrated);
		assertEquals(List.of(), lost(valuesBefore, values(document)), "waarden kwijt na het bijwerken:\n" + updated.all());

		// The updated editor reads the migrated document with the new version.
		Path pdf2 = temp.resolve("sem-1.0.0.pdf");
		Products.Run again = run(install, environment, 180, List.of(script.toString(), "--pdf", document.toString(), pdf2.toString()));
		assertEquals(0, again.exit(), again.all());
		assertPdf(pdf2);
	}

	/** A home of its own: the editor's user data (installed updates, extracted formats) stays in the test's folder. */
	static Map<String, String> userEnvironment(Path home) {
		Map<String, String> environment = new HashMap<>();
		environment.put("HOME", home.toString());
		environment.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
		environment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
		environment.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
		// The build's own JDK (>= 21): the generated start script looks at JAVA_HOME before PATH.
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		return environment;
	}

	/** The one archive in {@code dist} whose name ends so. */
	static Path archive(Path dist, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(dist)) {
			List<Path> found = files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
			assertEquals(1, found.size(), "één archief *" + suffix + " in " + dist + ": " + found);
			assertTrue(Files.size(found.get(0)) > 1_000_000, found.get(0) + " is te klein");
			return found.get(0);
		}
	}

	private static Path startScript(Path install) throws IOException {
		try (Stream<Path> walk = Files.walk(install, 2)) {
			Path script = walk.filter(file -> file.getFileName().toString().equals("opp-editor.sh")).findFirst()
					.orElseThrow(() -> new AssertionError("geen opp-editor.sh in " + install));
			assertTrue(Files.isExecutable(script), script + " is niet uitvoerbaar");
			return script;
		}
	}

	private static void assertPdf(Path pdf) throws IOException {
		assertTrue(Files.isRegularFile(pdf), "geen PDF: " + pdf);
		byte[] bytes = Files.readAllBytes(pdf);
		assertTrue(bytes.length > 10_000, "PDF te klein: " + bytes.length);
		assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
	}

	/**
	 * The values of {@code before} that {@code after} lacks, compared as multisets of exact values: a value held
	 * twice before must be there twice after (in its place or as the {@code waarde} of an archive entry).
	 */
	static List<String> lost(Map<String, Integer> before, Map<String, Integer> after) {
		List<String> lost = new ArrayList<>();
		before.forEach((value, count) -> {
			int left = after.getOrDefault(value, 0);
			if (left < count) {
				lost.add(value + " (" + count + "× ervoor, " + left + "× erna)");
			}
		});
		return lost;
	}

	/**
	 * Every text and attribute value of a document, trimmed, counted: without the log (which migrating extends),
	 * and of an archive entry ({@code <archief>}, as Migration writes it: pad, versie, waarde, reden) only the
	 * archived value itself.
	 */
	static Map<String, Integer> values(Path document) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var root = factory.newDocumentBuilder().parse(document.toFile()).getDocumentElement();
		Map<String, Integer> values = new TreeMap<>();
		collect(root, values);
		return values;
	}

	/** An element of the root named {@code name}, or {@code opp}+name when a member of the format took the name. */
	private static boolean isRecord(Element element, String name) {
		return element.getParentNode() instanceof Element parent && parent.getParentNode() instanceof org.w3c.dom.Document
				&& (element.getLocalName().equals(name) || element.getLocalName().equals("opp" + name));
	}

	private static void collect(Node node, Map<String, Integer> values) {
		if (node instanceof Element element) {
			if (isRecord(element, "logboek")) {
				return;
			}
			if (isRecord(element, "archief")) {
				for (Node field = element.getFirstChild(); field != null; field = field.getNextSibling()) {
					if (field instanceof Element value && value.getLocalName().equals("waarde")) {
						add(value.getTextContent(), values);
					}
				}
				return;
			}
			var attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				Node attribute = attributes.item(i);
				if (!attribute.getNodeName().startsWith("xmlns")) {
					add(attribute.getNodeValue(), values);
				}
			}
		} else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
			add(node.getNodeValue(), values);
		}
		NodeList children = node.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			collect(children.item(i), values);
		}
	}

	private static void add(String value, Map<String, Integer> values) {
		String trimmed = value.strip();
		if (!trimmed.isEmpty()) {
			values.merge(trimmed, 1, Integer::sum);
		}
	}
}
