/**
 * Import from Word: an SWV's Word template becomes a draft format ({@link WordImport#template}), and its
 * filled-in OPPs become documents of a format ({@link WordImport#documents}). Everything below reads
 * Word files through Apache POI (XWPF).
 */
package nl.oppstudio.importer.word;
