/** Formatting of format files (one element per line, blocks indented), for the editor and the language server. */
package nl.oppstudio.format.dsl.formatting;
