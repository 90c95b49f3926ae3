/**
 * Benchmarks, run from the command line on the product's jars (see releng/bench/ and
 * docs/benchmarks.md); not part of the product.
 */
package nl.oppstudio.bench;
