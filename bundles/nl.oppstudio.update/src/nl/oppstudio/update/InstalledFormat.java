package nl.oppstudio.update;

import java.nio.file.Path;

/**
 * One installed version of a format: a format bundle (shipped with the editor or downloaded as an update),
 * extracted into the user data folder.
 *
 * @param id           the format's id ({@code OPP-Format-Id})
 * @param version      the format's version (the bundle's version without qualifier)
 * @param symbolicName the bundle's symbolic name ({@code nl.oppstudio.formats.ID})
 * @param bundle       the bundle's jar (or folder)
 * @param folder       where it is extracted: {@code formats/BSN_VERSION/}
 * @param formatFile   the format file in {@code folder} ({@code OPP-Format})
 */
public record InstalledFormat(String id, String version, String symbolicName, Path bundle, Path folder, Path formatFile) {
}
