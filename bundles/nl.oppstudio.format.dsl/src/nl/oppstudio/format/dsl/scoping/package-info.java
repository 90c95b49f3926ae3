/** Naming and scoping: formats by id, elements by their path inside the format. */
package nl.oppstudio.format.dsl.scoping;
