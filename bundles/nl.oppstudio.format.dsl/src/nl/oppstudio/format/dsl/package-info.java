/**
 * The format language. {@link nl.oppstudio.format.dsl.FormatLoader} is the entry point: it turns a
 * {@code *.oppformat} file into a checked {@link nl.oppstudio.format.model.Format}.
 */
package nl.oppstudio.format.dsl;
