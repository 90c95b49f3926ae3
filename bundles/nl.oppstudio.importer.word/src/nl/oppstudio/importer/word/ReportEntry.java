package nl.oppstudio.importer.word;

/**
 * One line of an import report: a place in the Word file and what it became.
 *
 * @param where   the place, as the import records it: {@code alinea 12}, {@code tabel 3 rij 2 kolom 1} …
 *                (docs/word-import.md, Locators)
 * @param excerpt the start of its text, at most 60 characters, {@code ""} when empty
 * @param outcome the kind of result
 * @param result  in Dutch: what it became ({@code veld leerling.naam (datum)}) or why it was skipped
 */
public record ReportEntry(String where, String excerpt, Outcome outcome, String result) {

	/** What a place in the Word file became. */
	public enum Outcome {
		/** a {@code deel}, {@code sectie} or {@code groep} */
		CONTAINER,
		/** a field */
		FIELD,
		/** a repeating group from a table */
		TABLE,
		/** an {@code uitleg} */
		HELP,
		/** a domain block or {@code wet} tag recognised from the wording */
		RECOGNISED,
		/** the house style's logo */
		LOGO,
		/** a {@code nieuwe-pagina} */
		PAGE_BREAK,
		/** a value put in a field of a document */
		VALUE,
		/** a value kept in the document's archive */
		ARCHIVED,
		/** nothing: empty, decoration, or not understood (the result says which) */
		SKIPPED
	}
}
