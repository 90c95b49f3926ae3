/** Painting, navigation between nodes, texts and export of the diagrams on screen. */
package nl.oppstudio.diagram.ui.internal;
