/**
 * Internals of the document step: how a reading error is told ({@code DocumentReadErrors}) and the
 * Dutch messages of the document classes. The public package uses this one, never the other way round:
 * nothing here imports {@code nl.oppstudio.document}.
 */
package nl.oppstudio.document.internal;
