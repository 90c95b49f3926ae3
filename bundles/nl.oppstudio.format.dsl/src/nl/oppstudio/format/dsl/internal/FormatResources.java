package nl.oppstudio.format.dsl.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Limits;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.InstalledBases;
import nl.oppstudio.format.model.FormatHeader;

/**
 * How a full read puts a format into a resource set, shared by {@code opp check-format} (the format's
 * loader) and the text editor's services so that both report the same findings.
 */
public final class FormatResources {

	private FormatResources() {
	}

	/** The URI of a format file's resource; a name without the extension (a version from git) gets it. */
	public static URI uri(Path file) {
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		return FormatLoader.EXTENSION.equals(uri.fileExtension()) ? uri : uri.appendFileExtension(FormatLoader.EXTENSION);
	}

	/**
	 * The files to put beside a format so that {@code breidt uit "id"} finds its base by id: only the
	 * files its head and its bases' heads name when they tell it clearly (none when its head extends
	 * nothing), else every other format of the
	 * folder and the installed bases whose ids none of them has (so that a missing base is reported with
	 * the ids there are). Empty for a format that does not say {@code breidt}.
	 */
	public static List<Path> baseFiles(Path file, byte[] content) {
		if (!new String(content, StandardCharsets.UTF_8).contains("breidt")) {
			return List.of(); // checking a format alone stays fast
		}
		Optional<List<Path>> bases = BaseFiles.of(file, content);
		if (bases.isPresent()) {
			return bases.get(); // what the heads tell; empty when the head extends nothing ("breidt" in a comment)
		}
		Path self = file.toAbsolutePath().normalize();
		Path folder = self.getParent();
		List<Path> result = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		if (folder != null) {
			try (Stream<Path> siblings = Files.list(folder)) {
				siblings.filter(sibling -> sibling.getFileName().toString().endsWith("." + FormatLoader.EXTENSION))
						.map(sibling -> sibling.toAbsolutePath().normalize()).filter(sibling -> !sibling.equals(self))
						.sorted().forEach(result::add);
			} catch (IOException e) {
				// no neighbours to offer; an unresolved base is reported by the linker
			}
			for (Path sibling : result) {
				FormatHeader.read(sibling).ifPresent(head -> ids.add(head.id()));
			}
		}
		FormatHeader.parse(new String(content, StandardCharsets.UTF_8)).ifPresent(head -> ids.add(head.id()));
		for (String id : InstalledBases.ids()) {
			if (!ids.contains(id)) {
				InstalledBases.file(id).ifPresent(result::add);
			}
		}
		return List.copyOf(result);
	}

	/**
	 * Puts the format's bases ({@link #baseFiles}) into the resource set, each under the same limits as the
	 * format itself: its bytes are read once (not at all past {@link Limits#MAX_FORMAT_BYTES}), checked by
	 * {@link FormatLimits} and parsed from those very bytes. A base past a limit is left out and returned as
	 * a warning on {@code file} (the importing format) that names it; an unreadable one is skipped (it is
	 * reported when it is checked itself, and a base that is missing by its id is the linker's error).
	 */
	public static List<Diagnostic> addBases(XtextResourceSet resourceSet, Path file, byte[] content) {
		List<Diagnostic> refused = new ArrayList<>();
		for (Path base : baseFiles(file, content)) {
			Diagnostic pastLimit;
			byte[] bytes = null;
			try {
				long size = Files.size(base);
				if (size > Limits.MAX_FORMAT_BYTES) { // not even read
					pastLimit = FormatLimits.tooLarge(base, size);
				} else {
					bytes = Files.readAllBytes(base);
					pastLimit = FormatLimits.check(base, bytes);
				}
			} catch (IOException e) {
				continue;
			}
			if (pastLimit != null) {
				refused.add(new Diagnostic(Severity.WARNING, NLS.bind(Messages.baseRefused,
						base.getFileName(), pastLimit.message()), file, 0, 0, null, FormatLimits.CODE));
				continue;
			}
			Resource resource = resourceSet.createResource(uri(base));
			try {
				resource.load(new ByteArrayInputStream(bytes), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException | RuntimeException | StackOverflowError e) {
				resourceSet.getResources().remove(resource); // an unreadable neighbour is reported when it is checked itself
			}
		}
		return List.copyOf(refused);
	}

	/** A finding of Xtext as the command line reports it. */
	public static Diagnostic toDiagnostic(Path file, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 0 : issue.getColumn();
		return new Diagnostic(severity, issue.getMessage(), file, line, column, null, issue.getCode());
	}
}
