/** Quick fixes of the format checker's findings, offered as code actions by the language server. */
package nl.oppstudio.format.dsl.ide.quickfix;
