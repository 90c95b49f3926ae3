/** Writers of the generator: reproducible jars and archives, p2 metadata, start scripts. */
package nl.oppstudio.generator.internal;
