/** Descriptions, text measuring, ELK layout and the SVG and PNG writers of the diagrams. */
package nl.oppstudio.diagram.internal;
