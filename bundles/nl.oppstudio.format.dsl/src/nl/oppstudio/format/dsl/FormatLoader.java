package nl.oppstudio.format.dsl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.google.inject.Injector;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Limits;
import nl.oppstudio.format.dsl.internal.FormatLimits;
import nl.oppstudio.format.model.FormatHeader;

/**
 * The entry point of the format step: reads a {@code *.oppformat} file, parses and links it, and runs
 * every check. Never throws for bad content; an unreadable file is reported as a diagnostic too.
 * Thread-safe: each call uses its own resource set.
 * <p>
 * With a {@link FormatCache} (by default the one the system property {@value FormatCache#PROPERTY}
 * names; the {@code opp} command sets it), a format file that is unchanged since an earlier check is
 * served from the cache with the same findings, without starting Xtext: the language's injector is only
 * made when a format must be read in full.
 */
public final class FormatLoader {

	/** The file extension of formats, without the dot. */
	public static final String EXTENSION = FormatHeader.EXTENSION;

	private final Supplier<Injector> injector;
	private final FormatCache cache;

	private FormatLoader(Supplier<Injector> injector, FormatCache cache) {
		this.injector = injector;
		this.cache = cache;
	}

	/**
	 * A loader on the language's shared injector (created once, when a format is first read in full),
	 * with the cache the system property {@value FormatCache#PROPERTY} names, if any.
	 */
	public static FormatLoader create() {
		return create(FormatCache.fromSystemProperty().orElse(null));
	}

	/** A loader with the given cache, or none when {@code null}. */
	public static FormatLoader create(FormatCache cache) {
		// a lambda, not a method reference: Xtext's classes are not even linked until a format is read in full
		return new FormatLoader(() -> XtextFormatReader.injector(), cache);
	}

	/** Loads and checks a format file; from the cache when it holds the file as it is now. */
	public LoadedFormat load(Path file) {
		byte[] content;
		try {
			long size = Files.size(file);
			if (size > Limits.MAX_FORMAT_BYTES) { // not even read
				return new LoadedFormat(file, null, List.of(FormatLimits.tooLarge(file, size)));
			}
			content = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return failed(file, "Formaatbestand bestaat niet: " + file);
		} catch (IOException e) {
			return failed(file, "Formaatbestand kan niet gelezen worden: " + file + " (" + e.getMessage() + ")");
		}
		if (cache != null) {
			Optional<LoadedFormat> cached = cache.get(file, content);
			if (cached.isPresent()) {
				return cached.get();
			}
		}
		LoadedFormat loaded = load(file, content);
		if (cache != null) {
			cache.put(loaded, content);
		}
		return loaded;
	}

	/** Parses, links and checks format text; {@code file} names it in diagnostics. Never from the cache. */
	public LoadedFormat load(Path file, byte[] content) {
		Diagnostic pastLimit = FormatLimits.check(file, content);
		if (pastLimit != null) {
			return new LoadedFormat(file, null, List.of(pastLimit));
		}
		try {
			return XtextFormatReader.read(injector.get(), file, content);
		} catch (StackOverflowError e) {
			return failed(file, "Formaat is te diep genest (haakjes of blokken in blokken) om te lezen.");
		}
	}

	static LoadedFormat failed(Path file, String message) {
		return new LoadedFormat(file, null, List.of(Diagnostic.error(file, "nl.oppstudio.format.io", message)));
	}
}
