/** The OPP Editor's application, overview, "Nieuw OPP" dialog, placeholder document tab and Dutch texts. */
package nl.oppstudio.editor.internal;
