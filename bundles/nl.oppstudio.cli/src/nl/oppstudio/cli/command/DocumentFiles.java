package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.FolderDocuments;

/**
 * The documents of a command that takes files and folders: a file as given, a folder as every {@code *.opp}
 * below it ({@link FolderDocuments#files(Path, boolean, java.util.function.BiConsumer)}). Only the paths are
 * kept, never the documents.
 */
final class DocumentFiles {

	/** A document and the folder argument it was found in ({@code null} when it was named itself). */
	record Entry(Path file, Path folder) {
	}

	/** The documents found, and how many folders below the folders named could not be read. */
	record Listing(List<Entry> entries, int unreadableFolders) {
	}

	private DocumentFiles() {
	}

	/**
	 * The documents named, or found below the folders named, in the order of the arguments. A folder that
	 * cannot be read is named on standard error and skipped; {@code null} (after saying so) when no document
	 * is left.
	 */
	static Listing list(List<Path> arguments, Console console) {
		return list(arguments, name -> name.endsWith("." + nl.oppstudio.document.Documents.EXTENSION),
				Messages.noDocumentsFound, console);
	}

	/**
	 * The Word files ({@code .docx}, {@code .dotx}, {@code .docm}, {@code .dotm}, and the old {@code .doc}, {@code .dot}
	 * and {@code .rtf}, which the reader names with a clear message) named, or found below the folders named, as {@link #list}
	 * finds documents; Word's owner files ({@code ~$naam.docx}, there while a file is open) are left out.
	 */
	static Listing listWord(List<Path> arguments, Console console) {
		return list(arguments, DocumentFiles::isWordFile, Messages.noWordFilesFound, console);
	}

	/**
	 * A Word file that {@code opp import-word} takes from a folder: also the kinds it cannot read, so that each is
	 * reported by name rather than silently left out (review finding 10).
	 */
	static boolean isWordFile(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return WORD_EXTENSIONS.stream().anyMatch(lower::endsWith) && !name.startsWith("~$");
	}

	private static final List<String> WORD_EXTENSIONS = List.of(".docx", ".dotx", ".docm", ".dotm", ".doc", ".dot", ".rtf");

	private static Listing list(List<Path> arguments, java.util.function.Predicate<String> wanted, String noneFound,
			Console console) {
		List<Entry> entries = new ArrayList<>();
		int[] unreadable = { 0 };
		for (Path argument : arguments) {
			if (!Files.isDirectory(argument)) {
				entries.add(new Entry(argument, null));
				continue;
			}
			FolderDocuments.files(argument, true, wanted, (folder, e) -> {
				console.err.println(NLS.bind(Messages.folderSkipped, folder, reason(e)));
				unreadable[0]++;
			}).forEach(file -> entries.add(new Entry(file, argument)));
		}
		if (entries.isEmpty()) {
			console.err.println(noneFound);
			return null;
		}
		return new Listing(entries, unreadable[0]);
	}

	private static String reason(IOException e) {
		return e instanceof AccessDeniedException ? Messages.folderNoPermission
				: e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
