package nl.oppstudio.format.dsl.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.InstalledBases;
import nl.oppstudio.format.model.FormatHeader;

/**
 * The files of a format's bases ({@code breidt uit "id"}), found beside it by a cheap scan of the heads
 * of the folder's formats ({@link FormatHeader}) instead of reading every format in full. A base id that
 * no format of the folder has is taken from the {@link InstalledBases} (the folder's copy wins).
 */
public final class BaseFiles {

	private BaseFiles() {
	}

	/**
	 * The files of the format's bases, nearest first, each the one format in the folder with the id its
	 * derived format names, or else the installed base with that id. Empty when the format extends
	 * nothing; absent when a base cannot be told from the heads (none or two with that id, a head that cannot be read, a cycle): then only a full
	 * read of the folder can tell, and report, what is wrong.
	 *
	 * @param file    the format file
	 * @param content its text, already read
	 */
	public static Optional<List<Path>> of(Path file, byte[] content) {
		Optional<FormatHeader> header = FormatHeader.parse(new String(content, java.nio.charset.StandardCharsets.UTF_8));
		if (header.isEmpty()) {
			return Optional.empty();
		}
		if (header.get().baseId() == null) {
			return Optional.of(List.of());
		}
		Path self = file.toAbsolutePath().normalize();
		Path folder = self.getParent();
		if (folder == null) {
			return Optional.empty();
		}
		Map<Path, FormatHeader> headers = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path sibling : files.filter(f -> f.getFileName().toString().endsWith("." + FormatLoader.EXTENSION))
					.map(f -> f.toAbsolutePath().normalize()).filter(f -> !f.equals(self)).sorted().toList()) {
				Optional<FormatHeader> head = FormatHeader.read(sibling);
				if (head.isEmpty()) {
					return Optional.empty(); // it might be the base, broken
				}
				headers.put(sibling, head.get());
			}
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		List<Path> chain = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		seen.add(header.get().id());
		String baseId = header.get().baseId();
		while (baseId != null) {
			if (!seen.add(baseId)) {
				return Optional.empty(); // a cycle: the checks report it
			}
			Path found = null;
			FormatHeader foundHeader = null;
			for (Map.Entry<Path, FormatHeader> candidate : headers.entrySet()) {
				if (candidate.getValue().id().equals(baseId)) {
					if (found != null) {
						return Optional.empty(); // two formats with that id
					}
					found = candidate.getKey();
					foundHeader = candidate.getValue();
				}
			}
			if (found == null) {
				Optional<Path> installed = InstalledBases.file(baseId);
				Optional<FormatHeader> installedHeader = installed.flatMap(FormatHeader::read);
				if (installedHeader.isEmpty()) {
					return Optional.empty();
				}
				found = installed.get();
				foundHeader = installedHeader.get();
			}
			chain.add(found);
			baseId = foundHeader.baseId();
		}
		return Optional.of(List.copyOf(chain));
	}
}
