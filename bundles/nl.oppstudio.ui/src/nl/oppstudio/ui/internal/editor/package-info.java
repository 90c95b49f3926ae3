/**
 * The format text editor: a jface.text source viewer over {@code FormatEditing} (colouring, ruler
 * annotations, content assist, hover, quick fixes, formatting, navigation, rename), saved atomically.
 */
package nl.oppstudio.ui.internal.editor;
