package nl.oppstudio.generator.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.oppstudio.generator.EditorGenerator.Platform;
import nl.oppstudio.generator.internal.Generation.Checked;

/** The entries of one platform's product archive (docs/distribution.md, "The product archives"). */
final class Product {

	/** The editor's application. */
	static final String APPLICATION = "nl.oppstudio.editor.application";

	private final Kit kit;
	private final Checked checked;
	private final BundleJar formatBundle;
	private final String name;
	private final String fileName;
	private final Path logo;
	private final String about;
	private final URI updates;
	private final Instant time;

	Product(Kit kit, Checked checked, BundleJar formatBundle, String name, String fileName, Path logo, String about, URI updates,
			Instant time) {
		this.kit = kit;
		this.checked = checked;
		this.formatBundle = formatBundle;
		this.name = name;
		this.fileName = fileName;
		this.logo = logo;
		this.about = about;
		this.updates = updates;
		this.time = time;
	}

	/** The product's id: the name of its folders for user data. */
	String editorId() {
		return "oppeditor-" + checked.id();
	}

	static String swt(Platform platform) {
		return switch (platform) {
		case LINUX_X86_64 -> Kit.LINUX_SWT;
		case WINDOWS_X86_64 -> Kit.WINDOWS_SWT;
		case MACOS_AARCH64 -> Kit.MACOS_SWT;
		};
	}

	/** The bundles of the platform in start order: the editor's, with the platform's SWT fragment, and the format bundle. */
	List<Kit.StartEntry> bundles(Platform platform) {
		BundleJar swt = kit.swt(swt(platform));
		List<Kit.StartEntry> result = new ArrayList<>();
		for (Kit.StartEntry entry : kit.bundles()) {
			result.add(entry.jar().symbolicName().equals(Kit.LINUX_SWT) ? new Kit.StartEntry(swt, entry.startLevel(), entry.start())
					: entry);
		}
		result.add(new Kit.StartEntry(formatBundle, 4, false));
		return result;
	}

	List<Entry> entries(Platform platform) {
		String root = fileName + "/";
		// on macOS the whole install is inside the .app (as Eclipse does): App Translocation and dragging the .app
		// into Programma's move only the .app
		String app = root + fileName + ".app/Contents/";
		String install = platform == Platform.MACOS_AARCH64 ? app + "Eclipse/" : root;
		List<Entry> entries = new ArrayList<>();
		for (Kit.StartEntry bundle : bundles(platform)) {
			entries.add(Entry.of(install + "plugins/" + bundle.jar().fileName(), bundle.jar().file()));
		}
		entries.add(Entry.of(install + "plugins/" + kit.framework().fileName(), kit.framework().file()));
		byte[] config = configIni(platform);
		entries.add(Entry.of(install + "configuration/config.ini", config));
		String area = checked.version() + "-" + Generation.sha256(config, formatBundle.sha256().getBytes(StandardCharsets.US_ASCII))
				.substring(0, 8);
		String logoEntry = logoEntry();
		if (logoEntry != null) {
			entries.add(Entry.of(install + logoEntry, logo));
		}
		String id = editorId();
		switch (platform) {
		case LINUX_X86_64 -> {
			entries.add(Entry.executable(root + "opp-editor.sh", shell(area, "\"$here\"", "",
					"configuration=\"${XDG_CACHE_HOME:-$HOME/.cache}/oppstudio/" + id + "/configuration-" + area + "\"\n"
							+ "data=\"${XDG_STATE_HOME:-$HOME/.local/state}/oppstudio/" + id + "/werkruimte\"\n"
							+ "userdata=\"${XDG_DATA_HOME:-$HOME/.local/share}/oppstudio/" + id + "\"\n"
							+ "cache=\"${XDG_CACHE_HOME:-$HOME/.cache}/oppstudio/" + id + "/" + area + "\"")));
			entries.add(Entry.of(root + "LEESMIJ.txt", readMe("leesmij-linux.txt", "\n")));
		}
		case WINDOWS_X86_64 -> {
			entries.add(Entry.of(root + "OPP Editor.cmd", fill(Generation.template("opp-editor.cmd"), cmdSafe(name), area)
					.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
			entries.add(Entry.of(root + "LEESMIJ.txt", readMe("leesmij-windows.txt", "\r\n")));
		}
		case MACOS_AARCH64 -> {
			entries.add(Entry.executable(app + "MacOS/opp-editor", shell(area, "$(cd \"$here/../Eclipse\" 2> /dev/null && pwd -P || echo \"$here/../Eclipse\")",
					" -XstartOnFirstThread",
					"configuration=\"$HOME/Library/Caches/oppstudio/" + id + "/configuration-" + area + "\"\n"
							+ "data=\"$HOME/Library/Application Support/oppstudio/" + id + "/werkruimte\"\n"
							+ "userdata=\"$HOME/Library/Application Support/oppstudio/" + id + "\"\n"
							+ "cache=\"$HOME/Library/Caches/oppstudio/" + id + "/" + area + "\"")));
			entries.add(Entry.of(app + "Info.plist", fill(Generation.template("Info.plist"), xml(name), area)
					.getBytes(StandardCharsets.UTF_8)));
			entries.add(Entry.of(root + "LEESMIJ.txt", readMe("leesmij-macos.txt", "\n")));
		}
		}
		return entries;
	}

	private String logoEntry() {
		if (logo == null) {
			return null;
		}
		String file = logo.getFileName().toString();
		int dot = file.lastIndexOf('.');
		String extension = dot < 0 ? "png" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
		return "branding/logo." + extension;
	}

	/** {@code configuration/config.ini}: sorted properties, ISO-8859-1 with escapes, no date. */
	byte[] configIni(Platform platform) {
		Map<String, String> properties = new TreeMap<>();
		properties.put("eclipse.application", APPLICATION);
		properties.put("eclipse.product", "nl.oppstudio.editor.product");
		StringBuilder bundles = new StringBuilder();
		for (Kit.StartEntry bundle : bundles(platform)) {
			bundles.append(bundles.isEmpty() ? "" : ",").append(bundle.osgiBundle());
		}
		properties.put("osgi.bundles", bundles.toString());
		properties.put("osgi.bundles.defaultStartLevel", "4");
		properties.put("osgi.framework", "file:plugins/" + kit.framework().fileName());
		properties.put("osgi.nl", "nl_NL");
		properties.put("slf4j.internal.verbosity", "ERROR");
		properties.put("nl.oppstudio.editor.name", name);
		properties.put("nl.oppstudio.editor.about", about);
		properties.put("nl.oppstudio.editor.updates", updates.toString());
		properties.put("nl.oppstudio.editor.id", editorId());
		if (logoEntry() != null) {
			properties.put("nl.oppstudio.editor.logo", logoEntry());
		}
		StringBuilder text = new StringBuilder("# ").append(escape(name, false)).append(": written by opp generate\n");
		properties.forEach((key, value) -> text.append(key).append('=').append(escape(value, true)).append('\n'));
		return text.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A value as {@code java.util.Properties} reads it from ISO-8859-1: other characters as backslash-u escapes. */
	static String escape(String value, boolean full) {
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\n') {
				result.append(full ? "\\n" : " ");
			} else if (c == '\r') {
				result.append(full ? "\\r" : " ");
			} else if (c == '\t') {
				result.append(full ? "\\t" : " ");
			} else if (full && (c == '\\' || c == ':' || c == '=' || c == '#' || c == '!' || c == ' ' && i == 0)) {
				result.append('\\').append(c);
			} else if (c < 0x20 || c > 0x7e) {
				result.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
			} else {
				result.append(c);
			}
		}
		return result.toString();
	}

	private byte[] shell(String area, String install, String jvmOptions, String areas) {
		String text = fill(Generation.template("opp-editor.sh"), name.replace("'", "'\\''"), area).replace("@INSTALL@", install)
				.replace("@JVM_OPTIONS@", jvmOptions).replace("@AREAS@", areas);
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private String fill(String template, String name, String area) {
		return template.replace("@NAME@", name).replace("@VERSION@", checked.version()).replace("@ID@", editorId())
				.replace("@AREA_VERSION@", area).replace("@LAUNCHER@", kit.launcher().fileName());
	}

	private byte[] readMe(String template, String newline) {
		String title = name + " (versie " + checked.version() + ")";
		String text = Generation.template(template).replace("@UNDERLINE@", "=".repeat(title.length()))
				.replace("@NAME@", name).replace("@VERSION@", checked.version()).replace("@FORMAT_NAME@", checked.name())
				.replace("@UPDATES@", updates.toString()).replace("@FOLDER@", fileName).replace("@APP@", fileName + ".app")
				.replace("@ABOUT@", about);
		return text.replace("\r\n", "\n").replace("\n", newline).getBytes(StandardCharsets.UTF_8);
	}

	/** The name as a cmd script may hold it in {@code set "NAME=..."} and {@code echo}: without its special characters. */
	static String cmdSafe(String name) {
		return name.replaceAll("[\"%!^&|<>()\\r\\n]", "").strip();
	}

	static String xml(String text) {
		return P2Repository.escape(text);
	}
}
