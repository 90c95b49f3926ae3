package nl.oppstudio.importer.word;

import java.nio.file.Path;
import java.util.List;

/**
 * A draft format made from a Word template.
 *
 * @param source     the Word file
 * @param formatText the draft format, UTF-8 text that always parses
 * @param fileName   a proposed file name for it ({@code ID.oppformat})
 * @param report     one entry per paragraph and table of the Word file (and its logo), in order
 * @param assets     files the draft refers to, to be written beside it: the header's logo
 *                   ({@code huisstijl { logo "ID-logo.png" … }}); empty when none
 */
public record TemplateResult(Path source, String formatText, String fileName, List<ReportEntry> report, List<Asset> assets) {

	/**
	 * A file that belongs beside the draft.
	 *
	 * @param fileName its name, as the draft refers to it
	 * @param bytes    its content
	 */
	public record Asset(String fileName, byte[] bytes) {
	}
}
