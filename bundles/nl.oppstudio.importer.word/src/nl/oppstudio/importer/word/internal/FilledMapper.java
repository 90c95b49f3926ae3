package nl.oppstudio.importer.word.internal;

/** Issue 17: see docs/word-import.md. */
public final class FilledMapper {

	private FilledMapper() {
	}
}
