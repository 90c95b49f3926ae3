/**
 * The representation layer: diagrams of a document's goal hierarchy and of a planning cycle. A
 * description turns the model into a {@link nl.oppstudio.diagram.Scene} (nodes, edges, labels, styles by
 * state), ELK lays it out, and one renderer writes SVG (for the PDF and the command line, no display
 * needed) while {@code nl.oppstudio.diagram.ui} draws the same scene with SWT. {@link
 * nl.oppstudio.diagram.Diagrams} is the entry point.
 */
package nl.oppstudio.diagram;
