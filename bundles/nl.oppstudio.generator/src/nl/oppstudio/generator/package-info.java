/**
 * Generates, from one checked format and the installed product alone (no Maven, no Tycho, no internet), what an
 * SWV hands its schools: the format bundle, a p2 repository with it and the OPP Editor's bundles, and branded
 * product archives per operating system. Entry point: {@link nl.oppstudio.generator.EditorGenerator}. Layout
 * and contracts: docs/distribution.md.
 */
package nl.oppstudio.generator;
