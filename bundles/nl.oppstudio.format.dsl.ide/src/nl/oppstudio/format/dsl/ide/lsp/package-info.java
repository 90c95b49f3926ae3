/**
 * The format language as a language server (LSP over a pair of streams) for editors outside the Studio:
 * {@link nl.oppstudio.format.dsl.ide.lsp.FormatLanguageServer#run(java.io.InputStream, java.io.OutputStream)}.
 */
package nl.oppstudio.format.dsl.ide.lsp;
