package nl.oppstudio.generator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

/**
 * What an installed OPP Studio product holds for the generator (docs/distribution.md): the OPP Editor's
 * bundles ({@code generator/editor.bundles}, the jars in {@code plugins/}), the OSGi framework, and the SWT
 * fragment of each platform.
 *
 * @param product   the product folder
 * @param bundles   the editor's bundles in {@code osgi.bundles} order, the Linux SWT fragment among them
 * @param framework the OSGi framework jar ({@code org.eclipse.osgi})
 * @param swt       the SWT fragments of Windows and macOS ({@code generator/swt/})
 */
public record Kit(Path product, List<StartEntry> bundles, BundleJar framework, List<BundleJar> swt) {

	/** One line of {@code editor.bundles}: the bundle, its start level, whether it is started. */
	public record StartEntry(BundleJar jar, int startLevel, boolean start) {

		/** The value in {@code osgi.bundles}: {@code reference:file:FILE@LEVEL[:start]}. */
		public String osgiBundle() {
			return "reference:file:" + jar.fileName() + "@" + startLevel + (start ? ":start" : "");
		}
	}

	public static final String LINUX_SWT = "org.eclipse.swt.gtk.linux.x86_64";
	public static final String WINDOWS_SWT = "org.eclipse.swt.win32.win32.x86_64";
	public static final String MACOS_SWT = "org.eclipse.swt.cocoa.macosx.aarch64";

	/** Reads the kit of a product folder; a Dutch message in the exception says what is missing. */
	public static Kit read(Path product) throws KitException {
		Path plugins = product.resolve("plugins");
		Path list = product.resolve("generator").resolve("editor.bundles");
		Path swtFolder = product.resolve("generator").resolve("swt");
		if (!Files.isDirectory(plugins)) {
			throw new KitException(NLS.bind(Messages.kitNoProduct, product));
		}
		if (!Files.isRegularFile(list) || !Files.isDirectory(swtFolder)) {
			throw new KitException(NLS.bind(Messages.kitNoGenerator, product));
		}
		try {
			List<StartEntry> bundles = new ArrayList<>();
			for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				int at = line.lastIndexOf('@');
				String file = at < 0 ? line : line.substring(0, at);
				String level = at < 0 ? "4" : line.substring(at + 1);
				boolean start = level.endsWith(":start");
				level = start ? level.substring(0, level.length() - ":start".length()) : level;
				Path jar = plugins.resolve(file);
				if (!jar.normalize().startsWith(plugins.normalize()) || !Files.isRegularFile(jar)) {
					throw new KitException(NLS.bind(Messages.kitMissingJar, file, plugins));
				}
				int startLevel;
				try {
					startLevel = level.isEmpty() ? 4 : Integer.parseInt(level);
				} catch (NumberFormatException e) {
					throw new KitException(NLS.bind(Messages.kitBadLine, line, list));
				}
				bundles.add(new StartEntry(BundleJar.read(jar), startLevel, start));
			}
			if (bundles.stream().noneMatch(b -> b.jar().symbolicName().equals(LINUX_SWT))) {
				throw new KitException(NLS.bind(Messages.kitMissingJar, LINUX_SWT, plugins));
			}
			if (bundles.stream().noneMatch(b -> b.jar().symbolicName().equals("org.eclipse.equinox.launcher"))) {
				throw new KitException(NLS.bind(Messages.kitMissingJar, "org.eclipse.equinox.launcher", plugins));
			}
			List<BundleJar> swt = new ArrayList<>();
			try (DirectoryStream<Path> jars = Files.newDirectoryStream(swtFolder, "*.jar")) {
				for (Path jar : jars) {
					swt.add(BundleJar.read(jar));
				}
			}
			swt.sort((a, b) -> a.fileName().compareTo(b.fileName()));
			for (String needed : List.of(WINDOWS_SWT, MACOS_SWT)) {
				if (swt.stream().noneMatch(b -> b.symbolicName().equals(needed))) {
					throw new KitException(NLS.bind(Messages.kitMissingJar, needed, swtFolder));
				}
			}
			// generator.swt-version (releng/nl.oppstudio.product/pom.xml) must be the target's SWT version: a fragment
			// of another version would not fit the SWT host in the archives
			String linuxVersion = bundles.stream().filter(b -> b.jar().symbolicName().equals(LINUX_SWT)).findFirst().orElseThrow()
					.jar().version();
			for (BundleJar fragment : swt) {
				if (!release(fragment.version()).equals(release(linuxVersion))) {
					throw new KitException(NLS.bind(Messages.kitSwtMismatch,
							new Object[] { fragment.file().getFileName(), release(fragment.version()), release(linuxVersion) }));
				}
			}
			return new Kit(product, List.copyOf(bundles), framework(product, plugins), List.copyOf(swt));
		} catch (IOException e) {
			throw new KitException(NLS.bind(Messages.kitUnreadable, product, e.getMessage()));
		}
	}

	/** The framework jar: the one the product's {@code config.ini} names, else the newest {@code org.eclipse.osgi_*.jar}. */
	private static BundleJar framework(Path product, Path plugins) throws IOException, KitException {
		Path config = product.resolve("configuration").resolve("config.ini");
		if (Files.isRegularFile(config)) {
			Properties properties = new Properties();
			try (InputStream in = Files.newInputStream(config)) {
				properties.load(in);
			}
			String framework = properties.getProperty("osgi.framework", "");
			String name = framework.substring(framework.lastIndexOf('/') + 1);
			if (name.startsWith("org.eclipse.osgi_") && Files.isRegularFile(plugins.resolve(name))) {
				return BundleJar.read(plugins.resolve(name));
			}
		}
		List<Path> candidates = new ArrayList<>();
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(plugins, "org.eclipse.osgi_*.jar")) {
			jars.forEach(candidates::add);
		}
		if (candidates.isEmpty()) {
			throw new KitException(NLS.bind(Messages.kitMissingJar, "org.eclipse.osgi", plugins));
		}
		candidates.sort(null);
		return BundleJar.read(candidates.get(candidates.size() - 1));
	}

	/** The SWT fragment of a platform. */
	/** A bundle version without its qualifier: 3.135.0 of 3.135.0.v20260819-1952. */
	static String release(String version) {
		String[] parts = version.split("\\.");
		return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length)));
	}

	public BundleJar swt(String symbolicName) {
		for (StartEntry entry : bundles) {
			if (entry.jar().symbolicName().equals(symbolicName)) {
				return entry.jar();
			}
		}
		return swt.stream().filter(b -> b.symbolicName().equals(symbolicName)).findFirst().orElseThrow();
	}

	/** The launcher jar ({@code org.eclipse.equinox.launcher}). */
	public BundleJar launcher() {
		return bundles.stream().map(StartEntry::jar).filter(b -> b.symbolicName().equals("org.eclipse.equinox.launcher"))
				.findFirst().orElseThrow();
	}

	/** The kit is missing or incomplete. */
	public static final class KitException extends Exception {
		private static final long serialVersionUID = 1L;

		public KitException(String message) {
			super(message);
		}
	}
}
