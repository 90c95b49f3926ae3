/**
 * Documents: one filled-in OPP for one pupil ({@code *.opp}). {@link nl.oppstudio.document.Documents}
 * is the entry point: create, load, save (atomically) and validate against the format.
 */
package nl.oppstudio.document;
