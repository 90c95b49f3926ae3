/**
 * What every pipeline step shares: located {@link nl.oppstudio.core.Diagnostic}s and
 * {@link nl.oppstudio.core.AtomicFiles atomic writes} (temp file, then rename).
 */
package nl.oppstudio.core;
