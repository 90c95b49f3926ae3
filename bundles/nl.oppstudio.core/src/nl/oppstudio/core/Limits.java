package nl.oppstudio.core;

/**
 * The input limits of OPP Studio: what a document, a format or a file read from the network may be at
 * most before it is refused with a message, so that hostile or broken input costs seconds and bounded
 * memory instead of minutes and gigabytes. Each limit is far above any real OPP (the examples: a format
 * under 300 lines and 20 KB, a document under 300 lines and 20 KB, a long text field a few thousand
 * characters), and below what makes a step slow. Checked by the document loader, the format loader,
 * the renderer and the update's readers (docs/reliability.md § Hostile input).
 */
public final class Limits {

	/**
	 * Bytes of a document file. A real OPP is under 1 MB (the largest example is 15 KB); the loader reads
	 * the whole file into memory and EMF holds it about ten times over, so 16 MB costs at most a few hundred MB.
	 */
	public static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

	/**
	 * Bytes of a format file. A real format is under 20 KB (the legal minimum included); 2 MB leaves a
	 * hundred times that while Xtext's node model (about 100 times the text) stays well under 512 MB.
	 */
	public static final long MAX_FORMAT_BYTES = 2L * 1024 * 1024;

	/**
	 * Lines of a format file. A real format has a few hundred; 20,000 lines parse and check in seconds, a
	 * format past it is a generated or broken file, not one a person writes and reads.
	 */
	public static final int MAX_FORMAT_LINES = 20_000;

	/**
	 * Elements in one XML file (a document, p2's content.xml). A real OPP has a few hundred; each
	 * element becomes an EMF object of a few hundred bytes, so a million would cost hundreds of MB.
	 */
	public static final int MAX_XML_ELEMENTS = 200_000;

	/**
	 * Nesting depth of XML elements. A document nests at most about ten deep (table, row, cell, value);
	 * the parsers and EMF recurse per level, so deep nesting would end in a StackOverflowError.
	 */
	public static final int MAX_XML_DEPTH = 64;

	/**
	 * Characters of one value (a field, a cell, an attribute). A long text field is a few thousand
	 * characters; laying out one value of 52 MB made FOP spend minutes and gigabytes (issue 16), while
	 * 100,000 characters (some 30 printed pages) still lay out in seconds.
	 */
	public static final int MAX_VALUE_CHARS = 100_000;

	/**
	 * Depth of condition nesting in a format ({@code (}, {@code niet}) and of blocks in blocks ({@code {}).
	 * Real conditions nest two or three deep; the parser, the checker and the condition evaluator
	 * recurse per level, and 32 stays far from the end of any thread's stack.
	 */
	public static final int MAX_NESTING_DEPTH = 32;

	/**
	 * {@code en} and {@code of} in one condition of a format. The grammar makes {@code a of b of c} a tree
	 * nested to the left, one level per operator, and the checker and the condition evaluator recurse
	 * along it; a real condition has a handful, and 256 stays far from the end of any thread's stack.
	 */
	public static final int MAX_CONDITION_OPERATORS = 256;

	/**
	 * Bytes of a p2 metadata file (content.xml, artifacts.xml) read by the update. A format repository's
	 * content.xml is a few KB per version; 8 MB holds thousands of versions.
	 */
	public static final long MAX_P2_XML_BYTES = 8L * 1024 * 1024;

	/**
	 * Bytes of one entry unpacked from an archive (a format bundle jar). A format bundle holds a format
	 * and a logo of at most a few hundred KB; 32 MB stops a zip bomb long before the disk fills.
	 */
	public static final long MAX_ARCHIVE_ENTRY_BYTES = 32L * 1024 * 1024;

	/**
	 * Bytes of everything unpacked from one archive, and of one download (a format bundle jar). A format bundle
	 * is tens of KB; 64 MB is far above it and far below what fills a disk or a heap.
	 */
	public static final long MAX_ARCHIVE_BYTES = 64L * 1024 * 1024;

	/** Entries in one archive. A format bundle has fewer than ten (manifest, format, logo). */
	public static final int MAX_ARCHIVE_ENTRIES = 10_000;

	/**
	 * Bytes of a Word file to import, and of any one part unpacked from it. A Word template is under 1 MB
	 * (the Bijlage 2 example with its logo: 6 KB; 100 pages: 9 KB holding 0.25 MB of XML) and a filled-in
	 * copy with a few photos some MB; POI holds the document's XML as a tree of several times its size, so
	 * 32 MB of XML stays within the 1 GB the Studio and the CLI run with.
	 */
	public static final long MAX_WORD_BYTES = 32L * 1024 * 1024;

	private Limits() {
	}

	/** {@code n} bytes as a short Dutch size ("52 MB", "16 MB", "900 KB") for messages. */
	public static String size(long n) {
		if (n >= 1024L * 1024) {
			return (n + 512L * 1024) / (1024L * 1024) + " MB";
		}
		if (n >= 1024) {
			return (n + 512) / 1024 + " KB";
		}
		return n + " bytes";
	}

	/** {@code n} with a dot between thousands, as Dutch writes numbers ("100.000"). */
	public static String number(long n) {
		return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
	}
}
