/** Internals of the PDF step: the XSL-FO writer and the bundled fonts. */
package nl.oppstudio.pdf.internal;
