/**
 * The OPP Editor for schools: a window on a folder of OPPs ({@link nl.oppstudio.editor.EditorWindow}) with
 * an overview and one tab per open document, made by a {@link nl.oppstudio.editor.DocumentTabFactory}.
 * All logic it shows comes from the document step.
 */
package nl.oppstudio.editor;
