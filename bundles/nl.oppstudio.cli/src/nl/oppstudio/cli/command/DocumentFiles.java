package nl.oppstudio.cli.command;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;

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
		return expand(arguments, (folder, reason) -> {
			throw new UsageException(NLS.bind(Messages.folderUnreadable, folder, reason));
		});
	}

	/**
	 * As above; a folder below a folder named that cannot be read (no permission, gone while listed) goes to
	 * {@code unreadable} (the folder, the system's reason) and is skipped, and the rest is still found: one
	 * locked sub-folder of a share does not stop a whole SWV.
	 */
	static List<Entry> expand(List<Path> arguments, java.util.function.BiConsumer<Path, String> unreadable) {
		List<Entry> entries = new ArrayList<>();
		for (Path argument : arguments) {
			if (!Files.isDirectory(argument)) {
				entries.add(new Entry(argument, null));
				continue;
			}
			List<Path> found = new ArrayList<>();
			try {
				Files.walkFileTree(argument, new SimpleFileVisitor<>() {
					@Override
					public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
						return !dir.equals(argument) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
								: FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
						if (attributes.isRegularFile() && file.getFileName().toString().endsWith(".opp") && !hidden(argument, file)) {
							found.add(file);
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException e) {
						if (!hidden(argument, file)) {
							unreadable.accept(file, reason(e));
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult postVisitDirectory(Path dir, IOException e) {
						if (e != null) { // a folder whose listing broke off halfway
							unreadable.accept(dir, reason(e));
						}
						return FileVisitResult.CONTINUE;
					}
				});
			} catch (IOException e) {
				unreadable.accept(argument, reason(e));
			}
			found.sort(Comparator.comparing(Path::toString));
			found.forEach(p -> entries.add(new Entry(p, argument)));
		}
		return entries;
	}

	private static String reason(IOException e) {
		return e instanceof java.nio.file.AccessDeniedException ? Messages.folderNoPermission
				: e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/** {@code true} when a name between the folder and the file (the file included) starts with a dot. */
	private static boolean hidden(Path folder, Path file) {
		for (Path name : folder.relativize(file)) {
			if (name.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}
}
