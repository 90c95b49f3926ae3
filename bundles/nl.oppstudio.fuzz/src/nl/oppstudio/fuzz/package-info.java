/**
 * Fuzz targets of OPP Studio (issue 16): each {@code *Target} has {@code public static void
 * fuzzerTestOneInput(byte[])}, run by Jazzer ({@code releng/fuzz/fuzz.sh}) and, over the stored corpus,
 * by the regression test in {@code nl.oppstudio.fuzz.tests}. A target returns normally for every input
 * the product handles as documented (diagnostics, {@code DocumentException}, a refusal with a message)
 * and throws for anything else: an unexpected exception, or a {@link nl.oppstudio.fuzz.FuzzFinding} when
 * an invariant is broken. Not part of any product.
 */
package nl.oppstudio.fuzz;
