/** Internals of the document step: reading errors and validation rules. */
package nl.oppstudio.document.internal;
