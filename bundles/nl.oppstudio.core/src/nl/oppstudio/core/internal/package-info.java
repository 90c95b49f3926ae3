/** Internals of the core: its Dutch messages. */
package nl.oppstudio.core.internal;
