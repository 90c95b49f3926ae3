package nl.oppstudio.update.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import nl.oppstudio.core.Limits;
import nl.oppstudio.update.P2Repository;
import nl.oppstudio.update.UpdateException;

/** Reads {@code content.(jar|xml)} and {@code artifacts.(jar|xml)} of a simple p2 repository. */
public final class P2Reader {

	private P2Reader() {
	}

	public static P2Repository read(String locationText) throws UpdateException {
		URI location = Fetch.location(locationText);
		Document content = document(location, "content");
		Document artifacts = document(location, "artifacts");
		List<P2Repository.Unit> units = new ArrayList<>();
		for (Element unit : children(child(content.getDocumentElement(), "units", location, "content"), "unit")) {
			units.add(new P2Repository.Unit(required(unit, "id", location), required(unit, "version", location),
					properties(unit)));
		}
		List<P2Repository.Artifact> descriptors = new ArrayList<>();
		for (Element artifact : children(child(artifacts.getDocumentElement(), "artifacts", location, "artifacts"),
				"artifact")) {
			Map<String, String> properties = properties(artifact);
			String size = properties.getOrDefault("download.size", properties.get("artifact.size"));
			String sha = properties.get("download.checksum.sha-256");
			long bytes;
			try {
				bytes = size == null ? -1 : Long.parseLong(size.strip());
			} catch (NumberFormatException e) {
				throw bad(location, NLS.bind(Messages.notXml, "artifacts", "download.size " + size));
			}
			descriptors.add(new P2Repository.Artifact(required(artifact, "id", location), required(artifact, "version", location),
					bytes, sha == null ? null : sha.strip().toLowerCase(Locale.ROOT)));
		}
		return new P2Repository(location, List.copyOf(units), List.copyOf(descriptors));
	}

	/** {@code NAME.jar} (its entry {@code NAME.xml}), else {@code NAME.xml}, parsed. */
	private static Document document(URI location, String name) throws UpdateException {
		byte[] xml;
		try {
			xml = unzip(Fetch.read(location, name + ".jar"), name + ".xml", location);
		} catch (Fetch.Missing e) {
			try {
				xml = Fetch.read(location, name + ".xml");
			} catch (Fetch.Missing missing) {
				throw bad(location, NLS.bind(Messages.missingFile, name + ".jar / " + name + ".xml"));
			}
		}
		if (xml.length > Limits.MAX_P2_XML_BYTES) {
			throw bad(location, NLS.bind(Messages.notXml, name + ".xml", NLS.bind(Messages.tooLargePart,
					Limits.size(xml.length), Limits.size(Limits.MAX_P2_XML_BYTES))));
		}
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			// p2 writes no DOCTYPE: one is refused, and with it entity expansion and external entities
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(xml));
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw bad(location, NLS.bind(Messages.notXml, name + ".xml", Fetch.reason(e)));
		}
	}

	private static byte[] unzip(byte[] jar, String entry, URI location) throws UpdateException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
			for (ZipEntry next = in.getNextEntry(); next != null; next = in.getNextEntry()) {
				if (next.getName().equals(entry)) {
					return in.readNBytes((int) Limits.MAX_P2_XML_BYTES + 1); // a bomb inflates only to the limit
				}
			}
		} catch (IOException e) {
			throw bad(location, NLS.bind(Messages.notXml, entry.replace(".xml", ".jar"), Fetch.reason(e)));
		}
		throw bad(location, NLS.bind(Messages.missingFile, entry));
	}

	private static Element child(Element parent, String name, URI location, String file) throws UpdateException {
		List<Element> found = children(parent, name);
		if (found.isEmpty()) {
			throw bad(location, NLS.bind(Messages.notXml, file + ".xml", "<" + name + "> ontbreekt"));
		}
		return found.get(0);
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> result = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
				result.add((Element) nodes.item(i));
			}
		}
		return result;
	}

	private static Map<String, String> properties(Element owner) {
		Map<String, String> result = new LinkedHashMap<>();
		for (Element properties : children(owner, "properties")) {
			for (Element property : children(properties, "property")) {
				result.put(property.getAttribute("name"), property.getAttribute("value"));
			}
		}
		return Map.copyOf(result);
	}

	private static String required(Element element, String attribute, URI location) throws UpdateException {
		String value = element.getAttribute(attribute);
		if (value.isBlank()) {
			throw bad(location, NLS.bind(Messages.notXml, element.getNodeName(), attribute + " ontbreekt"));
		}
		return value;
	}

	private static UpdateException bad(URI location, String why) {
		return new UpdateException(NLS.bind(Messages.badRepository, location, why));
	}
}
