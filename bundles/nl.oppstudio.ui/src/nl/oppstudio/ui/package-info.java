/**
 * OPP Studio, where an SWV designs its format: {@link nl.oppstudio.ui.StudioWindow}, a plain JFace
 * window on a folder with its formats, a text editor per format, problems, references, outline and the
 * live preview. All logic it shows comes from the headless steps ({@code FormatEditing} and others).
 */
package nl.oppstudio.ui;
