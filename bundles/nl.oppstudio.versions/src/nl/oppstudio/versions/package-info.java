/**
 * Formats in git, without a git program (JGit): {@link nl.oppstudio.versions.FormatRepository} opens or
 * starts the repository of a folder and gives its status per format, a format's history, the semantic
 * diff between two versions, publishing (check, version bump, {@code was} hints, commit, tag) and
 * pull / push. Every refusal is a {@link nl.oppstudio.versions.VersionException} with a Dutch reason.
 */
package nl.oppstudio.versions;
