package nl.oppstudio.format.dsl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.internal.BaseFiles;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatPackage;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.HouseStyle;

/**
 * Checked formats kept on disk, so that a new process reads an unchanged format without Xtext and Guice:
 * the format and its bases as EMF binary resources, with the findings of the check. One entry per format
 * file, named by a hash of its absolute path. An entry is used only when everything the check read is as
 * it was: the product (the jars of the language and the model), the format file, the files of its bases
 * (found again by their heads, see {@link BaseFiles}) and every logo the house styles name (the check
 * looks at them). Only formats without errors are kept. A broken entry (each ends with a hash of itself)
 * counts as absent and is replaced; entries are written to a temporary file and renamed. Never touches
 * Xtext.
 */
public final class FormatCache {

	/** The system property naming the cache's folder; unset or empty: no cache (the default). */
	public static final String PROPERTY = "nl.oppstudio.format.cache";

	private static final String MAGIC = "OPP Studio format cache";
	/** Raised when the layout of an entry changes. */
	private static final int LAYOUT = 1;
	private static final String ABSENT = "-";
	private static final String FOLDER = "/";

	private final Path directory;
	private final String product;

	private FormatCache(Path directory, String product) {
		this.directory = directory;
		this.product = product;
	}

	/**
	 * A cache in the given folder for this build of the product; empty when the product's version cannot
	 * be told (classes from a folder, as in a development run): a cache then could go stale.
	 */
	public static Optional<FormatCache> in(Path directory) {
		String product = productVersion();
		return product == null ? Optional.empty() : Optional.of(new FormatCache(directory, product));
	}

	/** A cache in the given folder that takes {@code product} as the product's version (for tests). */
	public static FormatCache in(Path directory, String product) {
		return new FormatCache(directory, product);
	}

	/** The cache the system property {@value #PROPERTY} names, if any. */
	static Optional<FormatCache> fromSystemProperty() {
		String folder = System.getProperty(PROPERTY, "");
		if (folder.isBlank()) {
			return Optional.empty();
		}
		try {
			return in(Path.of(folder));
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** The folder of the entries. */
	public Path directory() {
		return directory;
	}

	/** The file of the entry of a format file (which need not exist). */
	public Path entry(Path file) {
		String key = file.toAbsolutePath().normalize().toString();
		return directory.resolve(HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8)), 0, 16) + ".bin");
	}

	/** The checked format from its entry, or empty when there is none that is current and whole. */
	Optional<LoadedFormat> get(Path file, byte[] content) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(entry(file));
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		try {
			// the last 32 bytes: the hash of the rest, so that a damaged entry is never read as another format
			int body = bytes.length - 32;
			if (body < 0 || !Arrays.equals(sha256(Arrays.copyOf(bytes, body)), Arrays.copyOfRange(bytes, body, bytes.length))) {
				return Optional.empty();
			}
			return Optional.ofNullable(decode(file, content, Arrays.copyOf(bytes, body)));
		} catch (IOException | RuntimeException e) {
			return Optional.empty(); // broken or of another layout: read in full and replaced
		}
	}

	private LoadedFormat decode(Path file, byte[] content, byte[] bytes) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
		if (!MAGIC.equals(in.readUTF()) || in.readInt() != LAYOUT || !product.equals(in.readUTF())
				|| !uriOf(file).equals(in.readUTF()) || !Arrays.equals(sha256(content), readBytes(in))) {
			return null;
		}
		Optional<List<Path>> bases = BaseFiles.of(file, content);
		int baseCount = in.readInt();
		if (bases.isEmpty() || bases.get().size() != baseCount) {
			return null;
		}
		for (Path base : bases.get()) {
			if (!base.toString().equals(in.readUTF()) || !Arrays.equals(sha256(Files.readAllBytes(base)), readBytes(in))) {
				return null;
			}
		}
		int dependencies = in.readInt();
		for (int i = 0; i < dependencies; i++) {
			Path dependency = Path.of(in.readUTF());
			if (!in.readUTF().equals(state(dependency))) {
				return null;
			}
		}
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (int i = in.readInt(); i > 0; i--) {
			Severity severity = Severity.valueOf(in.readUTF());
			String message = in.readUTF();
			int line = in.readInt();
			int column = in.readInt();
			diagnostics.add(new Diagnostic(severity, message, file, line, column, readNullable(in), readNullable(in)));
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(FormatPackage.eNS_URI, FormatPackage.eINSTANCE);
		Map<Resource, byte[]> resources = new LinkedHashMap<>();
		for (int i = in.readInt(); i > 0; i--) {
			Resource resource = new BinaryResourceImpl(URI.createURI(in.readUTF()));
			resourceSet.getResources().add(resource);
			resources.put(resource, readBytes(in));
		}
		for (Map.Entry<Resource, byte[]> each : resources.entrySet()) {
			each.getKey().load(new ByteArrayInputStream(each.getValue()), Map.of());
		}
		EcoreUtil.resolveAll(resourceSet);
		if (resourceSet.getResources().size() != resources.size()
				|| !EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet).isEmpty()) {
			return null;
		}
		Resource main = resourceSet.getResources().get(0);
		if (main.getContents().isEmpty() || !(main.getContents().get(0) instanceof Format format)) {
			return null;
		}
		return new LoadedFormat(file, format, List.copyOf(diagnostics));
	}

	/**
	 * Keeps a freshly checked format, when it may be kept: without errors, its bases the ones their heads
	 * name, and nothing it refers to outside them. Fails silently: the cache only saves time.
	 */
	void put(LoadedFormat loaded, byte[] content) {
		try {
			byte[] entry = encode(loaded, content);
			if (entry != null) {
				AtomicFiles.write(entry(loaded.file()), out -> out.write(entry));
			}
		} catch (IOException | RuntimeException e) {
			// not kept: the next process reads the format in full again
		}
	}

	private byte[] encode(LoadedFormat loaded, byte[] content) throws IOException {
		Format format = loaded.format();
		if (format == null || Diagnostic.anyError(loaded.diagnostics()) || format.eResource() == null) {
			return null;
		}
		Optional<List<Path>> bases = BaseFiles.of(loaded.file(), content);
		List<Format> chain = Formats.withBases(format);
		if (bases.isEmpty() || bases.get().size() != chain.size() - 1
				|| !uriOf(loaded.file()).equals(format.eResource().getURI().toString())) {
			return null;
		}
		List<Resource> resources = new ArrayList<>();
		for (int i = 0; i < chain.size(); i++) {
			Resource resource = chain.get(i).eResource();
			if (resource == null || resources.contains(resource)
					|| i > 0 && !resource.getURI().toString().equals(uriOf(bases.get().get(i - 1)))) {
				return null;
			}
			resources.add(resource);
		}
		// Copies in binary resources of the same names, so that references between them stay references.
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<List<EObject>> copies = new ArrayList<>();
		for (Resource resource : resources) {
			copies.add(new ArrayList<>(copier.copyAll(resource.getContents())));
		}
		copier.copyReferences();
		Set<EObject> originals = copier.keySet();
		Map<Path, String> dependencies = new LinkedHashMap<>();
		for (EObject original : originals) {
			for (EObject target : original.eCrossReferences()) {
				if (target.eIsProxy() || !originals.contains(target)) {
					return null; // refers outside the format and its bases
				}
			}
			if (original instanceof HouseStyle style && style.getLogo() != null) {
				Format owner = (Format) EcoreUtil.getRootContainer(style);
				Path logo = Formats.resolve(owner, style.getLogo());
				if (logo != null) {
					String state = state(logo);
					if (state == null) {
						return null;
					}
					dependencies.put(logo, state);
				}
			}
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.writeUTF(MAGIC);
		out.writeInt(LAYOUT);
		out.writeUTF(product);
		out.writeUTF(uriOf(loaded.file()));
		writeBytes(out, sha256(content));
		out.writeInt(bases.get().size());
		for (Path base : bases.get()) {
			out.writeUTF(base.toString());
			writeBytes(out, sha256(Files.readAllBytes(base)));
		}
		out.writeInt(dependencies.size());
		for (Map.Entry<Path, String> dependency : dependencies.entrySet()) {
			out.writeUTF(dependency.getKey().toString());
			out.writeUTF(dependency.getValue());
		}
		out.writeInt(loaded.diagnostics().size());
		for (Diagnostic diagnostic : loaded.diagnostics()) {
			out.writeUTF(diagnostic.severity().name());
			out.writeUTF(diagnostic.message());
			out.writeInt(diagnostic.line());
			out.writeInt(diagnostic.column());
			writeNullable(out, diagnostic.path());
			writeNullable(out, diagnostic.code());
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		out.writeInt(resources.size());
		Iterator<List<EObject>> contents = copies.iterator();
		for (Resource resource : resources) {
			Resource copy = new BinaryResourceImpl(resource.getURI());
			resourceSet.getResources().add(copy);
			copy.getContents().addAll(contents.next());
		}
		for (Resource copy : resourceSet.getResources()) {
			ByteArrayOutputStream saved = new ByteArrayOutputStream();
			copy.save(saved, Map.of());
			out.writeUTF(copy.getURI().toString());
			writeBytes(out, saved.toByteArray());
		}
		out.flush();
		out.write(sha256(bytes.toByteArray()));
		return bytes.toByteArray();
	}

	/** The URI a format file's resource gets (as in {@link XtextFormatReader}). */
	private static String uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString()).toString();
	}

	/** What the check may see of a file it looks at: its content's hash, absent, or a folder; null: unreadable. */
	private static String state(Path file) {
		if (Files.isDirectory(file)) {
			return FOLDER;
		}
		if (!Files.exists(file)) {
			return ABSENT;
		}
		try {
			return HexFormat.of().formatHex(sha256(Files.readAllBytes(file)));
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * This build of the product, told by the jars of the language and the model (name with version and
	 * qualifier, size, time); {@code null} when either is not a jar.
	 */
	private static String productVersion() {
		String language = jarOf(FormatCache.class);
		String model = jarOf(Format.class);
		return language == null || model == null ? null : language + " " + model;
	}

	private static String jarOf(Class<?> type) {
		try {
			CodeSource source = type.getProtectionDomain().getCodeSource();
			if (source == null || source.getLocation() == null) {
				return null;
			}
			Path jar = Path.of(source.getLocation().toURI());
			if (!Files.isRegularFile(jar)) {
				return null;
			}
			return jar.getFileName() + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
		} catch (IOException | java.net.URISyntaxException | RuntimeException e) {
			return null;
		}
	}

	private static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every JDK has SHA-256
		}
	}

	private static byte[] readBytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > in.available()) {
			throw new IOException("truncated");
		}
		return in.readNBytes(length);
	}

	private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readNullable(DataInputStream in) throws IOException {
		return in.readBoolean() ? in.readUTF() : null;
	}

	private static void writeNullable(DataOutputStream out, String value) throws IOException {
		out.writeBoolean(value != null);
		if (value != null) {
			out.writeUTF(value);
		}
	}
}
