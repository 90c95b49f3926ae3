/** The language server's internals: the protocol's handlers and the conversion of positions. */
package nl.oppstudio.format.dsl.ide.lsp.internal;
