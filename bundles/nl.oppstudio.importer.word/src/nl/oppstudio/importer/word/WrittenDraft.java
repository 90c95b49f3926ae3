package nl.oppstudio.importer.word;

import java.nio.file.Path;
import java.util.List;

import nl.oppstudio.core.Diagnostic;

/**
 * What {@link DraftFiles#write} left: the draft, the files beside it, check-format's findings on it (the
 * designer's to-do list) and notes for the user (a logo saved under another name).
 *
 * @param draft    the draft format written
 * @param assets   the files written beside it (or an identical file that was already there)
 * @param findings check-format's findings on the draft
 * @param notes    Dutch sentences for the user, empty when there is nothing to say
 */
public record WrittenDraft(Path draft, List<Path> assets, List<Diagnostic> findings, List<String> notes) {

	/** How many report lines of the result have this outcome (the summary's counts). */
	public static long count(TemplateResult result, ReportEntry.Outcome outcome) {
		return result.report().stream().filter(e -> e.outcome() == outcome).count();
	}
}
