/** The format language's internals shared with its editor services: bases and resource sets. */
package nl.oppstudio.format.dsl.internal;
