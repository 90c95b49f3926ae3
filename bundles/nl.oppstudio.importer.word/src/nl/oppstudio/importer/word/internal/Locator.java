package nl.oppstudio.importer.word.internal;

/**
 * A place in a Word file, as written in reports and recorded in a draft format as {@code // word: PATH}
 * (docs/word-import.md, Locators). Numbers are 1-based; paragraphs and tables are counted separately,
 * each in its own container (the body or one cell):
 * <ul>
 * <li>{@code alinea 4}: the 4th paragraph of the body;</li>
 * <li>{@code onder alinea 4}: the paragraphs after it, up to the next heading, table or page break (free text under a heading);</li>
 * <li>{@code tabel 2}: the 2nd table of the body; {@code tabel 2 rij 3 kolom 2} one of its cells;</li>
 * <li>{@code tabel 2 rij 3 kolom 2 alinea 1}, {@code tabel 2 rij 3 kolom 2 tabel 1 rij 1 kolom 1}: inside a cell;</li>
 * <li>{@code inhoud "TAG"}: the content control with that tag (or, without a tag, that alias);</li>
 * <li>{@code formulierveld "NAAM"}: the legacy form field with that name.</li>
 * </ul>
 *
 * @param path the locator as text
 */
public record Locator(String path) {

	public Locator child(String step) {
		return new Locator(path + " " + step);
	}

	@Override
	public String toString() {
		return path;
	}
}
