/** Internals of {@code nl.oppstudio.versions}: texts, version numbers, rename hints, git plumbing. */
package nl.oppstudio.versions.internal;
