package nl.oppstudio.importer.word;

import java.nio.file.Path;
import java.util.List;

/**
 * A draft format made from a Word template.
 *
 * @param source     the Word file
 * @param formatText the draft format, UTF-8 text that always parses
 * @param fileName   a proposed file name for it ({@code ID.oppformat})
 * @param report     one entry per paragraph and table of the Word file, in order
 */
public record TemplateResult(Path source, String formatText, String fileName, List<ReportEntry> report) {
}
