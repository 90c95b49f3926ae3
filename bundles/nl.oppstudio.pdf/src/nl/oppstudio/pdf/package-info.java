/**
 * PDFs of documents. {@link nl.oppstudio.pdf.PdfRenderer} is the entry point: it writes XSL-FO for a
 * format and document and renders it with Apache FOP, fonts embedded.
 */
package nl.oppstudio.pdf;
