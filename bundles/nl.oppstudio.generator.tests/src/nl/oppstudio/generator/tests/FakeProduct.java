package nl.oppstudio.generator.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A small OPP Studio product as the generator reads it (docs/distribution.md): a few bundle jars with real
 * manifests in {@code plugins/}, the framework named in {@code configuration/config.ini}, and the kit in
 * {@code generator/}.
 */
final class FakeProduct {

	static final String EXPORTS = "nl.example.api;version=\"1.2.0\";uses:=\"nl.example.spi,nl.example.util\",nl.example.spi,"
			+ "nl.example.internal;x-internal:=true";

	private FakeProduct() {
	}

	/** Makes the product in {@code folder} and returns it. */
	static Path create(Path folder) throws IOException {
		Path plugins = Files.createDirectories(folder.resolve("plugins"));
		Path swt = Files.createDirectories(folder.resolve("generator/swt"));
		Files.createDirectories(folder.resolve("configuration"));
		jar(plugins.resolve("nl.example.editor_1.0.0.v1.jar"), "nl.example.editor;singleton:=true", "1.0.0.v1", EXPORTS, null);
		jar(plugins.resolve("org.apache.felix.scr_2.2.18.jar"), "org.apache.felix.scr", "2.2.18", null, null);
		jar(plugins.resolve("org.eclipse.equinox.launcher_1.8.0.v20260804-1928.jar"), "org.eclipse.equinox.launcher",
				"1.8.0.v20260804-1928", "org.eclipse.equinox.launcher;version=\"1.8.0\"", null);
		jar(plugins.resolve("org.eclipse.swt.gtk.linux.x86_64_3.135.0.v20260819-1952.jar"),
				"org.eclipse.swt.gtk.linux.x86_64; singleton:=true", "3.135.0.v20260819-1952", "org.eclipse.swt,org.eclipse.swt.widgets",
				"org.eclipse.swt;bundle-version=\"[3.128.0,4.0.0)\"");
		jar(plugins.resolve("org.eclipse.osgi_3.24.300.v20260721-1251.jar"), "org.eclipse.osgi; singleton:=true",
				"3.24.300.v20260721-1251", "org.osgi.framework;version=\"1.10\"", null);
		// the kit's fragments are named by their Maven version, as the build copies them
		jar(swt.resolve("org.eclipse.swt.win32.win32.x86_64_3.135.0.jar"), "org.eclipse.swt.win32.win32.x86_64; singleton:=true",
				"3.135.0.v20260819-1952", "org.eclipse.swt,org.eclipse.swt.ole.win32", "org.eclipse.swt");
		jar(swt.resolve("org.eclipse.swt.cocoa.macosx.aarch64_3.135.0.jar"), "org.eclipse.swt.cocoa.macosx.aarch64; singleton:=true",
				"3.135.0.v20260819-1952", "org.eclipse.swt", "org.eclipse.swt");
		Files.writeString(folder.resolve("generator/editor.bundles"), String.join("\n",
				List.of("nl.example.editor_1.0.0.v1.jar@4", "org.apache.felix.scr_2.2.18.jar@2:start",
						"org.eclipse.equinox.launcher_1.8.0.v20260804-1928.jar@4",
						"org.eclipse.swt.gtk.linux.x86_64_3.135.0.v20260819-1952.jar@4", ""))
				, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("configuration/config.ini"),
				"osgi.framework=file\\:plugins/org.eclipse.osgi_3.24.300.v20260721-1251.jar\n", StandardCharsets.ISO_8859_1);
		return folder;
	}

	static void jar(Path file, String symbolicName, String version, String exports, String host) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName);
		main.putValue("Bundle-Version", version);
		if (exports != null) {
			main.putValue("Export-Package", exports);
		}
		if (host != null) {
			main.putValue("Fragment-Host", host);
		}
		try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
			jar.putNextEntry(new JarEntry("about.txt"));
			jar.write(("bundle " + symbolicName + " " + version).getBytes(StandardCharsets.UTF_8));
			jar.closeEntry();
		}
	}
}
