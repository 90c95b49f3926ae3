/** Hover texts of format elements: label and help text. */
package nl.oppstudio.format.dsl.documentation;
