package nl.oppstudio.importer.word;

import java.nio.file.Path;
import java.util.List;

import nl.oppstudio.document.OppDocument;

/**
 * A concept document made from a filled-in Word file.
 *
 * @param source   the Word file
 * @param document the new document: state {@code concept}, a log entry naming the Word file, every value
 *                 that found no field in its archive
 * @param pupil    the pupil's name as read, or {@code ""} when the file has none
 * @param report   what became of each value: which field, the archive, or why it was skipped
 */
public record DocumentResult(Path source, OppDocument document, String pupil, List<ReportEntry> report) {
}
