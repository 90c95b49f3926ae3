/**
 * The installed OPP Editor's formats and their updates (docs/distribution.md): the format bundles it ships and
 * downloads ({@link nl.oppstudio.update.InstalledFormats}), newer versions in a p2 repository with what changes
 * for the documents, their installation, the way back, and the migration of documents
 * ({@link nl.oppstudio.update.FormatUpdates}); {@link nl.oppstudio.update.UpdateRun} is {@code -updateFormats} without
 * a window. No UI.
 */
package nl.oppstudio.update;
