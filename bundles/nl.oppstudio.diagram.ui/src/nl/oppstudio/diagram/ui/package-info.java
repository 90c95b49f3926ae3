/**
 * The diagrams on screen: {@link nl.oppstudio.diagram.ui.DiagramCanvas} draws a
 * {@link nl.oppstudio.diagram.Scene} with SWT as the SVG renderer writes it, and turns clicks, keys and its
 * context menu into requests; {@link nl.oppstudio.diagram.ui.DiagramView} adds a toolbar and keeps the
 * scene in step with a document. Every change is a command that the host (the editor) runs on its stack.
 */
package nl.oppstudio.diagram.ui;
