/** Shared by the test bundles: where the example formats and documents are. */
package nl.oppstudio.testing;
