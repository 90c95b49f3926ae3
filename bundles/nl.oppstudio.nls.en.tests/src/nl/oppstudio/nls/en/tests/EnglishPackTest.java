package nl.oppstudio.nls.en.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.oppstudio.testing.Examples;

/**
 * The English language pack: one fragment per translated bundle ({@code nl.oppstudio.*.nls.en}) with a
 * {@code messages_en.properties} beside each Dutch {@code messages.properties}. Read through the bundles,
 * never by switching the locale: this test runtime is the only one that holds the fragments.
 */
class EnglishPackTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

	/** A translated bundle and its English fragment. */
	record Pack(String host, String fragment) {
		@Override
		public String toString() {
			return fragment;
		}
	}

	static Stream<Pack> packs() {
		return Stream.of(new Pack("nl.oppstudio.forms", "nl.oppstudio.forms.nls.en"),
				new Pack("nl.oppstudio.editor", "nl.oppstudio.editor.nls.en"),
				new Pack("nl.oppstudio.document", "nl.oppstudio.document.nls.en"),
				new Pack("nl.oppstudio.diagram.ui", "nl.oppstudio.diagram.ui.nls.en"));
	}

	@ParameterizedTest
	@MethodSource("packs")
	void everyDutchTextHasAnEnglishOneWithTheSamePlaceholders(Pack pack) throws IOException {
		Bundle host = bundle(pack.host());
		Bundle fragment = bundle(pack.fragment());
		List<String> dutchFiles = messageFiles(host);
		assertTrue(!dutchFiles.isEmpty(), pack.host() + " has no messages.properties");
		List<String> problems = new ArrayList<>();
		for (String dutchFile : dutchFiles) {
			String englishFile = dutchFile.replace("messages.properties", "messages_en.properties");
			URL englishEntry = fragment.getEntry(englishFile);
			if (englishEntry == null) {
				problems.add(englishFile + " is missing from " + pack.fragment());
				continue;
			}
			// NLS finds it through the host's class loader: the fragment is attached.
			assertNotNull(host.getResource(englishFile), englishFile + " is not seen by " + pack.host());
			Properties dutch = load(host.getEntry(dutchFile));
			Properties english = load(englishEntry);
			for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
				String en = english.getProperty(key);
				if (en == null) {
					problems.add(englishFile + ": no English for " + key);
					continue;
				}
				String nl = dutch.getProperty(key);
				if (!placeholders(nl).equals(placeholders(en))) {
					problems.add(englishFile + ": " + key + " has " + placeholders(en) + ", Dutch " + placeholders(nl));
				} else if (!bindsAsWritten(en)) {
					problems.add(englishFile + ": " + key + " is changed by NLS.bind");
				}
				if (nl.contains("&") != en.contains("&")) {
					problems.add(englishFile + ": " + key + " has a mnemonic in one language only");
				}
			}
			for (String key : new TreeSet<>(english.stringPropertyNames())) {
				if (!dutch.containsKey(key)) {
					problems.add(englishFile + ": " + key + " is not a Dutch key (renamed or removed?)");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	/**
	 * What is written into a document or its log, and the document's own headings in its PDF, stay Dutch
	 * in the English pack: the OPP is a Dutch legal document whatever language the window speaks.
	 */
	@Test
	void whatIsWrittenIntoADocumentStaysDutch() throws IOException {
		String file = "nl/oppstudio/document/internal/messages.properties";
		Properties dutch = load(bundle("nl.oppstudio.document").getEntry(file));
		Properties english = load(bundle("nl.oppstudio.document.nls.en")
				.getEntry(file.replace("messages.properties", "messages_en.properties")));
		List<String> written = new ArrayList<>(List.of("lifecyclePartialRemark", "nextPeriodMark", "nextPeriodLogRemark"));
		dutch.stringPropertyNames().stream().filter(key -> key.startsWith("slot")).forEach(written::add);
		assertTrue(written.size() > 30, "the slot labels are gone: " + written);
		for (String key : written) {
			assertEquals(dutch.getProperty(key), english.getProperty(key), key);
		}
		// And the English is English where it is not written into the document.
		assertEquals("Required field 'Naam' in 'Leerling' has not been filled in.",
				NLS.bind(english.getProperty("required"), "Naam", "Leerling"));
	}

	/** Dutch stays the default, also on an English machine: both products set osgi.nl. */
	@Test
	void bothProductsStartInDutchAndInstallThePack() throws IOException {
		Path root = Examples.directory().toAbsolutePath().getParent();
		for (String product : List.of("nl.oppstudio.product", "nl.oppstudio.editor.product")) {
			String xml = Files.readString(root.resolve("releng/nl.oppstudio.product/" + product));
			assertTrue(xml.contains("<property name=\"osgi.nl\" value=\"nl_NL\"/>"), product + " does not set osgi.nl to nl_NL");
		}
		for (String feature : List.of("nl.oppstudio.feature", "nl.oppstudio.editor.feature")) {
			String xml = Files.readString(root.resolve("features/" + feature + "/feature.xml"));
			packs().forEach(pack -> assertTrue(xml.contains("<plugin id=\"" + pack.fragment() + "\""),
					feature + " lacks " + pack.fragment()));
		}
	}

	private static Bundle bundle(String symbolicName) {
		for (Bundle bundle : FrameworkUtil.getBundle(EnglishPackTest.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(symbolicName)) {
				return bundle;
			}
		}
		throw new AssertionError(symbolicName + " is not in the test runtime");
	}

	/** The host's own Dutch message files, as paths inside the bundle. */
	private static List<String> messageFiles(Bundle host) {
		List<String> files = new ArrayList<>();
		var entries = host.findEntries("nl", "messages.properties", true);
		for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
			files.add(entry.getPath().substring(1));
		}
		Collections.sort(files);
		return files;
	}

	private static Properties load(URL url) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static TreeSet<String> placeholders(String text) {
		TreeSet<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	/** True when NLS.bind gives the text as written ('' as one apostrophe), every argument in its place. */
	private static boolean bindsAsWritten(String text) {
		TreeSet<String> numbers = placeholders(text);
		if (numbers.isEmpty()) {
			return true;
		}
		int count = Integer.parseInt(numbers.last()) + 1;
		Object[] arguments = new Object[count];
		String expected = text.replace("''", "\u0000");
		for (int i = 0; i < count; i++) {
			arguments[i] = "\u00abarg" + i + "\u00bb";
			expected = expected.replace("{" + i + "}", (String) arguments[i]);
		}
		return NLS.bind(text, arguments).equals(expected.replace('\u0000', '\''));
	}
}
