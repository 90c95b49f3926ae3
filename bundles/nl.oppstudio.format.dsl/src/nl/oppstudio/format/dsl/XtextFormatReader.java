package nl.oppstudio.format.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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
 * The full read of a format: parse, link and check through Xtext. Apart from {@link FormatLoader} so that
 * a format served from the cache never loads Xtext or Guice.
 */
final class XtextFormatReader {

	private static final class Holder {
		static final Injector INJECTOR = new FormatStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	private XtextFormatReader() {
	}

	/** The language's shared injector, created on first use. */
	static Injector injector() {
		return Holder.INJECTOR;
	}

	/** Parses, links and checks format text; {@code file} names it in diagnostics. */
	static LoadedFormat read(Injector injector, Path file, byte[] content) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		if (!FormatLoader.EXTENSION.equals(uri.fileExtension())) {
			uri = uri.appendFileExtension(FormatLoader.EXTENSION); // e.g. a version from git, named "file@REV"
		}
		Resource resource = resourceSet.createResource(uri);
		if (mayExtend(content)) {
			addBases(resourceSet, file, content);
		}
		try {
			resource.load(new ByteArrayInputStream(content), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException | RuntimeException e) {
			return FormatLoader.failed(file, "Formaat kan niet gelezen worden: " + e.getMessage());
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
		return new String(content, StandardCharsets.UTF_8).contains("breidt");
	}

	/**
	 * Puts the format's bases into the resource set, so that {@code breidt uit "id"} finds its base by id:
	 * only the files its head and its bases' heads name when they tell it clearly, else every other
	 * format of the folder (so that a missing base is reported with the ids there are). They are loaded
	 * when the linker asks for them.
	 */
	private static void addBases(XtextResourceSet resourceSet, Path file, byte[] content) {
		Optional<List<Path>> bases = BaseFiles.of(file, content);
		if (bases.isPresent() && !bases.get().isEmpty()) {
			bases.get().forEach(base -> addFormat(resourceSet, base));
			return;
		}
		Path folder = file.toAbsolutePath().getParent();
		if (folder == null) {
			return;
		}
		try (Stream<Path> siblings = Files.list(folder)) {
			siblings.filter(sibling -> sibling.getFileName().toString().endsWith("." + FormatLoader.EXTENSION))
					.filter(sibling -> !sibling.toAbsolutePath().equals(file.toAbsolutePath()))
					.forEach(sibling -> addFormat(resourceSet, sibling));
		} catch (IOException e) {
			// no neighbours to offer; an unresolved base is reported by the linker
		}
	}

	private static void addFormat(XtextResourceSet resourceSet, Path format) {
		try {
			resourceSet.getResource(URI.createFileURI(format.toAbsolutePath().toString()), true);
		} catch (RuntimeException e) {
			// an unreadable neighbour is reported when it is checked itself
		}
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
