package nl.oppstudio.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;


/**
 * Format bundles and p2 repositories as docs/distribution.md describes them, written by the tests from the
 * example format: version 0.2.0 ({@code dsl-examples/swv-voorbeeld-opp.oppformat}) and 1.0.0
 * ({@code dsl-examples/versies/}), each with its logo at the same relative path.
 */
public final class FormatRepositories {

	public static final String ID = "swv-voorbeeld-opp";
	public static final String BSN = "nl.oppstudio.formats." + ID;

	private FormatRepositories() {
	}

	/** The example format's file for a version: {@code 0.2.0}, {@code 0.2.1} or {@code 1.0.0}. */
	public static String formatEntry(String version) {
		return version.equals("0.2.0") ? Examples.FORMAT : "versies/" + ID + "-" + version + ".oppformat";
	}

	/** A format bundle of the example format in one of its versions. */
	public static byte[] formatBundle(String version) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", BSN);
		main.putValue("Bundle-Version", version);
		main.putValue("OPP-Format-Id", ID);
		main.putValue("OPP-Format", "format/" + formatEntry(version));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			put(jar, "format/" + formatEntry(version), Files.readAllBytes(Examples.file(formatEntry(version))));
			put(jar, "format/logo-swv-voorbeeld.svg", Files.readAllBytes(Examples.file("logo-swv-voorbeeld.svg")));
			if (formatEntry(version).contains("/")) { // a format may only use files beside it: its logo goes there too
				put(jar, "format/" + formatEntry(version).substring(0, formatEntry(version).lastIndexOf('/') + 1)
						+ "logo-swv-voorbeeld.svg", Files.readAllBytes(Examples.file("logo-swv-voorbeeld.svg")));
			}
		}
		return bytes.toByteArray();
	}

	/** Writes a format bundle jar and returns it. */
	public static Path writeBundle(Path folder, String version) throws IOException {
		Files.createDirectories(folder);
		return Files.write(folder.resolve(BSN + "_" + version + ".jar"), formatBundle(version));
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new JarEntry(name);
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	/**
	 * Writes a p2 repository with the example format's bundle in these versions (and one editor bundle without
	 * format), as {@code content.jar}/{@code artifacts.jar}, or as the plain XML files when {@code zipped} is false.
	 */
	public static Path writeRepository(Path folder, boolean zipped, String... versions) throws IOException {
		Files.createDirectories(folder.resolve("plugins"));
		StringBuilder units = new StringBuilder();
		StringBuilder artifacts = new StringBuilder();
		Map<String, byte[]> jars = new LinkedHashMap<>();
		jars.put("nl.oppstudio.editor_0.1.0.v1", new byte[] { 1, 2, 3 });
		for (String version : versions) {
			jars.put(BSN + "_" + version, formatBundle(version));
		}
		for (Map.Entry<String, byte[]> jar : jars.entrySet()) {
			String id = jar.getKey().substring(0, jar.getKey().lastIndexOf('_'));
			String version = jar.getKey().substring(jar.getKey().lastIndexOf('_') + 1);
			Files.write(folder.resolve("plugins/" + jar.getKey() + ".jar"), jar.getValue());
			boolean format = id.equals(BSN);
			units.append("    <unit id='").append(id).append("' version='").append(version).append("'>\n")
					.append("      <properties size='").append(format ? 2 : 1).append("'>\n")
					.append("        <property name='org.eclipse.equinox.p2.name' value='")
					.append(format ? "OPP SWV De Voorbeeldregio (PO)" : "OPP Editor").append("'/>\n");
			if (format) {
				units.append("        <property name='nl.oppstudio.format.id' value='").append(ID).append("'/>\n");
			}
			units.append("      </properties>\n      <provides size='1'>\n")
					.append("        <provided namespace='org.eclipse.equinox.p2.iu' name='").append(id)
					.append("' version='").append(version).append("'/>\n      </provides>\n")
					.append("      <artifacts size='1'><artifact classifier='osgi.bundle' id='").append(id)
					.append("' version='").append(version).append("'/></artifacts>\n    </unit>\n");
			artifacts.append("    <artifact classifier='osgi.bundle' id='").append(id).append("' version='").append(version)
					.append("'>\n      <properties size='3'>\n        <property name='artifact.size' value='")
					.append(jar.getValue().length).append("'/>\n        <property name='download.size' value='")
					.append(jar.getValue().length)
					.append("'/>\n        <property name='download.checksum.sha-256' value='").append(sha256(jar.getValue()))
					.append("'/>\n      </properties>\n    </artifact>\n");
		}
		String content = "<?xml version='1.0' encoding='UTF-8'?>\n<?metadataRepository version='1.2.0'?>\n"
				+ "<repository name='OPP Editor' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>\n"
				+ "  <units size='" + jars.size() + "'>\n" + units + "  </units>\n</repository>\n";
		String artifactsXml = "<?xml version='1.0' encoding='UTF-8'?>\n<?artifactRepository version='1.1.0'?>\n"
				+ "<repository name='OPP Editor' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>\n"
				+ "  <mappings size='1'><rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/></mappings>\n"
				+ "  <artifacts size='" + jars.size() + "'>\n" + artifacts + "  </artifacts>\n</repository>\n";
		write(folder, "content", content, zipped);
		write(folder, "artifacts", artifactsXml, zipped);
		return folder;
	}

	private static void write(Path folder, String name, String xml, boolean zipped) throws IOException {
		byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
		if (!zipped) {
			Files.write(folder.resolve(name + ".xml"), bytes);
			return;
		}
		try (OutputStream out = Files.newOutputStream(folder.resolve(name + ".jar"));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, name + ".xml", bytes);
		}
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
