package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.FolderDocuments;

/**
 * The documents of a command that takes files and folders: a file as given, a folder as every {@code *.opp}
 * below it (sorted by path; hidden files and folders, such as lock files and recovery folders, left out;
 * symbolic links to folders not followed). Only the paths are kept, never the documents.
 */
final class DocumentFiles {

	/** A document and the folder argument it was found in ({@code null} when it was named itself). */
	record Entry(Path file, Path folder) {
	}

	private DocumentFiles() {
	}

	/** The documents named or found below the folders named, in the order of the arguments. */
	static List<Entry> expand(List<Path> arguments) {
		List<Entry> entries = new ArrayList<>();
		for (Path argument : arguments) {
			if (!Files.isDirectory(argument)) {
				entries.add(new Entry(argument, null));
				continue;
			}
			try {
				FolderDocuments.files(argument, true).forEach(p -> entries.add(new Entry(p, argument)));
			} catch (IOException e) {
				throw new UsageException(NLS.bind(Messages.folderUnreadable, argument, e.getMessage()));
			}
		}
		return entries;
	}

}
