package nl.oppstudio.testing.word;

/** Builds Word files with POI for tests, benchmarks and screenshots (docs/word-import.md). Issue 17. */
public final class WordBuilder {
}
