package nl.oppstudio.generator.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metadata of a simple p2 repository, written without p2's publisher (docs/distribution.md): one
 * installable unit and one artifact per bundle, in a fixed order, without timestamps.
 */
public final class P2Repository {

	/** The property of a format bundle's unit that names the format's id. */
	public static final String FORMAT_ID = "nl.oppstudio.format.id";

	/** A bundle of the repository; {@code properties} are extra unit properties (sorted by name). */
	public record Unit(BundleJar jar, Map<String, String> properties) {
	}

	private P2Repository() {
	}

	/** The units sorted by id and version, each once. */
	static List<Unit> sorted(List<Unit> units) {
		TreeMap<String, Unit> byKey = new TreeMap<>();
		for (Unit unit : units) {
			byKey.putIfAbsent(unit.jar().symbolicName() + "_" + unit.jar().version(), unit);
		}
		List<Unit> result = new ArrayList<>(byKey.values());
		result.sort(Comparator.comparing((Unit u) -> u.jar().symbolicName()).thenComparing(u -> u.jar().version()));
		return result;
	}

	/** {@code content.xml}: the installable units. */
	public static byte[] content(String name, List<Unit> units) {
		List<Unit> sorted = sorted(units);
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version='1.0' encoding='UTF-8'?>\n<?metadataRepository version='1.2.0'?>\n");
		xml.append("<repository name='").append(escape(name))
				.append("' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>\n");
		xml.append("  <properties size='1'>\n    <property name='p2.compressed' value='true'/>\n  </properties>\n");
		xml.append("  <units size='").append(sorted.size()).append("'>\n");
		for (Unit unit : sorted) {
			BundleJar jar = unit.jar();
			String id = escape(jar.symbolicName());
			String version = escape(jar.version());
			xml.append("    <unit id='").append(id).append("' version='").append(version).append("'>\n");
			Map<String, String> properties = new TreeMap<>(unit.properties());
			if (!properties.isEmpty()) {
				xml.append("      <properties size='").append(properties.size()).append("'>\n");
				properties.forEach((key, value) -> xml.append("        <property name='").append(escape(key)).append("' value='")
						.append(escape(value)).append("'/>\n"));
				xml.append("      </properties>\n");
			}
			// as p2's publisher writes them: the eclipse.type capability lets p2's default bundle CU configure the bundle
			int provided = 3 + jar.exports().size() + (jar.fragmentHost() != null ? 1 : 0);
			xml.append("      <provides size='").append(provided).append("'>\n");
			provided(xml, "org.eclipse.equinox.p2.iu", id, version);
			provided(xml, "osgi.bundle", id, version);
			for (BundleJar.Export export : jar.exports()) {
				provided(xml, "java.package", escape(export.name()), escape(export.version()));
			}
			if (jar.fragmentHost() != null) {
				provided(xml, "osgi.fragment", escape(jar.fragmentHost()), version);
			}
			provided(xml, "org.eclipse.equinox.p2.eclipse.type", "bundle", "1.0.0");
			xml.append("      </provides>\n");
			if (jar.fragmentHost() != null) {
				xml.append("      <requires size='1'>\n        <required namespace='osgi.bundle' name='").append(escape(jar.fragmentHost()))
						.append("' range='0.0.0'/>\n      </requires>\n");
			}
			xml.append("      <artifacts size='1'>\n        <artifact classifier='osgi.bundle' id='").append(id)
					.append("' version='").append(version).append("'/>\n      </artifacts>\n");
			xml.append("      <touchpoint id='org.eclipse.equinox.p2.osgi' version='1.0.0'/>\n");
			xml.append("      <touchpointData size='1'>\n        <instructions size='1'>\n");
			xml.append("          <instruction key='manifest'>Bundle-SymbolicName: ").append(id).append("&#xA;Bundle-Version: ")
					.append(version).append("&#xA;</instruction>\n");
			xml.append("        </instructions>\n      </touchpointData>\n");
			xml.append("    </unit>\n");
		}
		xml.append("  </units>\n</repository>\n");
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void provided(StringBuilder xml, String namespace, String name, String version) {
		xml.append("        <provided namespace='").append(namespace).append("' name='").append(name).append("' version='")
				.append(version).append("'/>\n");
	}

	/** {@code artifacts.xml}: one descriptor per jar, with sizes and SHA-256, and p2's default mapping. */
	public static byte[] artifacts(String name, List<Unit> units) {
		List<Unit> sorted = sorted(units);
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version='1.0' encoding='UTF-8'?>\n<?artifactRepository version='1.1.0'?>\n");
		xml.append("<repository name='").append(escape(name))
				.append("' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>\n");
		xml.append("  <properties size='1'>\n    <property name='p2.compressed' value='true'/>\n  </properties>\n");
		xml.append("  <mappings size='3'>\n");
		xml.append("    <rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/>\n");
		xml.append("    <rule filter='(&amp; (classifier=binary))' output='${repoUrl}/binary/${id}_${version}'/>\n");
		xml.append("    <rule filter='(&amp; (classifier=org.eclipse.update.feature))' output='${repoUrl}/features/${id}_${version}.jar'/>\n");
		xml.append("  </mappings>\n");
		xml.append("  <artifacts size='").append(sorted.size()).append("'>\n");
		for (Unit unit : sorted) {
			BundleJar jar = unit.jar();
			xml.append("    <artifact classifier='osgi.bundle' id='").append(escape(jar.symbolicName())).append("' version='")
					.append(escape(jar.version())).append("'>\n");
			xml.append("      <properties size='3'>\n");
			xml.append("        <property name='artifact.size' value='").append(jar.size()).append("'/>\n");
			xml.append("        <property name='download.size' value='").append(jar.size()).append("'/>\n");
			xml.append("        <property name='download.checksum.sha-256' value='").append(jar.sha256()).append("'/>\n");
			xml.append("      </properties>\n    </artifact>\n");
		}
		xml.append("  </artifacts>\n</repository>\n");
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** {@code p2.index}. */
	public static byte[] index() {
		return ("version=1\nmetadata.repository.factory.order=content.xml,\\!\n"
				+ "artifact.repository.factory.order=artifacts.xml,\\!\n").getBytes(StandardCharsets.ISO_8859_1);
	}

	static String escape(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '&' -> result.append("&amp;");
			case '<' -> result.append("&lt;");
			case '>' -> result.append("&gt;");
			case '\'' -> result.append("&apos;");
			case '"' -> result.append("&quot;");
			case '\n' -> result.append("&#xA;");
			case '\r' -> result.append("&#xD;");
			case '\t' -> result.append("&#x9;");
			default -> result.append(c);
			}
		}
		return result.toString();
	}
}
