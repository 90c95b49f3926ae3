/**
 * Benchmarks, run from the command line on the product's jars plus this bundle's jar (see releng/bench/
 * and docs/benchmarks.md). Not part of the product: this bundle is in neither the feature
 * (features/nl.oppstudio.feature) nor the product, and nothing requires it. That holds in particular for
 * {@link nl.oppstudio.bench.WordExport}, a second hand-written layout (to Word) that only stands in for
 * today's route in the comparison with LibreOffice.
 */
package nl.oppstudio.bench;
