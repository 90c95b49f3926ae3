package nl.oppstudio.importer.word;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.AtomicFiles;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.NewFormats;
import nl.oppstudio.importer.word.internal.Messages;

/**
 * Writes a draft made by {@link WordImport#template} as both the CLI ({@code opp import-word}) and the Studio
 * ("Formaat uit Word") do (review findings 8, 9 and 29): the id is checked first (a valid id, not taken in the
 * folder, so that no file lands outside it); nothing is ever overwritten; the files the draft refers to (the
 * logo) are written first, under a free name when one of that name with other content is there (and the draft
 * then refers to that name); the draft is written last, so that a failure leaves no draft pointing to a missing
 * or wrong file. Then the draft is loaded and checked.
 */
public final class DraftFiles {

	private DraftFiles() {
	}

	/** The draft's id: its proposed file name without {@code .oppformat}. */
	public static String id(TemplateResult result) {
		String name = result.fileName();
		String extension = "." + FormatLoader.EXTENSION;
		return name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
	}

	/** Why the draft's id cannot be used in {@code folder} (a Dutch sentence), or empty when it can. */
	public static Optional<String> checkId(TemplateResult result, Path folder) {
		return NewFormats.checkId(id(result), folder);
	}

	/**
	 * Writes the draft into {@code target}: a folder (as {@code ID.oppformat}) or a {@code .oppformat} file.
	 *
	 * @throws IllegalArgumentException   with a Dutch message when the id is not valid or is taken in the folder
	 * @throws FileAlreadyExistsException when the draft's file exists (it is never overwritten)
	 * @throws IOException                when a file cannot be written; what was written is removed again
	 */
	public static WrittenDraft write(TemplateResult result, Path target) throws IOException {
		boolean intoFolder = Files.isDirectory(target);
		Path folder = intoFolder ? target : target.toAbsolutePath().getParent();
		Optional<String> problem = checkId(result, folder);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
		Path draft = intoFolder ? folder.resolve(result.fileName()) : target;
		if (Files.exists(draft)) {
			throw new FileAlreadyExistsException(draft.toString());
		}
		String text = result.formatText();
		List<Path> assets = new ArrayList<>();
		List<Path> written = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		try {
			for (TemplateResult.Asset asset : result.assets()) {
				Path file = place(asset, draft.resolveSibling(asset.fileName()), written);
				assets.add(file);
				String name = file.getFileName().toString();
				if (!name.equals(asset.fileName())) {
					text = text.replace("logo " + quote(asset.fileName()), "logo " + quote(name));
					notes.add(NLS.bind(Messages.draftAssetRenamed, asset.fileName(), name));
				}
			}
			byte[] content = text.getBytes(StandardCharsets.UTF_8);
			AtomicFiles.create(draft, out -> out.write(content));
		} catch (IOException | RuntimeException e) {
			for (Path file : written) {
				Files.deleteIfExists(file);
			}
			throw e;
		}
		return new WrittenDraft(draft, List.copyOf(assets), FormatLoader.create().load(draft).diagnostics(), List.copyOf(notes));
	}

	/** The asset at {@code wanted}, or beside it as {@code NAME-2.ext}, … when that name holds other content. */
	private static Path place(TemplateResult.Asset asset, Path wanted, List<Path> written) throws IOException {
		String name = wanted.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int i = 1; i < 1000; i++) {
			Path file = i == 1 ? wanted : wanted.resolveSibling(stem + "-" + i + extension);
			if (Files.exists(file)) {
				if (sameContent(file, asset.bytes())) {
					return file;
				}
				continue;
			}
			try {
				AtomicFiles.create(file, out -> out.write(asset.bytes()));
				written.add(file);
				return file;
			} catch (FileAlreadyExistsException e) {
				// made just now by someone else: the next name
			}
		}
		throw new FileAlreadyExistsException(wanted.toString());
	}

	private static boolean sameContent(Path file, byte[] bytes) {
		try {
			return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
		} catch (IOException e) {
			return false;
		}
	}

	private static String quote(String name) {
		return "\"" + name + "\"";
	}
}
