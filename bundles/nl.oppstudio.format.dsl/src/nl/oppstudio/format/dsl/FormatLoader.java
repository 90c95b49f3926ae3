package nl.oppstudio.format.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.format.model.Format;

/**
 * The entry point of the format step: reads a {@code *.oppformat} file, parses and links it, and runs
 * every check. Never throws for bad content; an unreadable file is reported as a diagnostic too.
 * Thread-safe: each call uses its own resource set.
 */
public final class FormatLoader {

	/** The file extension of formats, without the dot. */
	public static final String EXTENSION = "oppformat";

	private static final class Holder {
		static final Injector INJECTOR = new FormatStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	private final Injector injector;

	private FormatLoader(Injector injector) {
		this.injector = injector;
	}

	/** A loader on the language's shared injector (created once, on first use). */
	public static FormatLoader create() {
		return new FormatLoader(Holder.INJECTOR);
	}

	/** Loads and checks a format file. */
	public LoadedFormat load(Path file) {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return failed(file, "Formaatbestand bestaat niet: " + file);
		} catch (IOException e) {
			return failed(file, "Formaatbestand kan niet gelezen worden: " + file + " (" + e.getMessage() + ")");
		}
		return load(file, content);
	}

	/** Parses, links and checks format text; {@code file} names it in diagnostics. */
	public LoadedFormat load(Path file, byte[] content) {
		try {
			return parseLinkAndCheck(file, content);
		} catch (StackOverflowError e) {
			return failed(file, "Formaat is te diep genest (haakjes of blokken in blokken) om te lezen.");
		}
	}

	private LoadedFormat parseLinkAndCheck(Path file, byte[] content) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		if (!EXTENSION.equals(uri.fileExtension())) {
			uri = uri.appendFileExtension(EXTENSION); // e.g. a version from git, named "file@REV"
		}
		Resource resource = resourceSet.createResource(uri);
		if (mayExtend(content)) {
			addSiblingFormats(resourceSet, file);
		}
		try {
			resource.load(new ByteArrayInputStream(content), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException | RuntimeException e) {
			return failed(file, "Formaat kan niet gelezen worden: " + e.getMessage());
		}
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			diagnostics.add(toDiagnostic(file, issue));
		}
		Format format = resource.getContents().isEmpty() ? null : (Format) resource.getContents().get(0);
		return new LoadedFormat(file, format, List.copyOf(diagnostics));
	}

	/** Only a format that says {@code breidt uit} needs the others; checking one alone stays fast. */
	private static boolean mayExtend(byte[] content) {
		return new String(content, java.nio.charset.StandardCharsets.UTF_8).contains("breidt");
	}

	/**
	 * Puts the other formats of the file's folder into the resource set, so that {@code breidt uit "id"}
	 * finds its base by id. They are loaded when the linker asks for them.
	 */
	private static void addSiblingFormats(XtextResourceSet resourceSet, Path file) {
		Path folder = file.toAbsolutePath().getParent();
		if (folder == null) {
			return;
		}
		try (java.util.stream.Stream<Path> siblings = Files.list(folder)) {
			siblings.filter(sibling -> sibling.getFileName().toString().endsWith("." + EXTENSION))
					.filter(sibling -> !sibling.toAbsolutePath().equals(file.toAbsolutePath()))
					.forEach(sibling -> {
						try {
							resourceSet.getResource(URI.createFileURI(sibling.toAbsolutePath().toString()), true);
						} catch (RuntimeException e) {
							// an unreadable neighbour is reported when it is checked itself
						}
					});
		} catch (IOException e) {
			// no neighbours to offer; an unresolved base is reported by the linker
		}
	}

	private static LoadedFormat failed(Path file, String message) {
		return new LoadedFormat(file, null, List.of(Diagnostic.error(file, "nl.oppstudio.format.io", message)));
	}

	private static Diagnostic toDiagnostic(Path file, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 0 : issue.getColumn();
		return new Diagnostic(severity, issue.getMessage(), file, line, column, null, issue.getCode());
	}
}
