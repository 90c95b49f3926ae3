package nl.oppstudio.document.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Section;

/** The format's own rules on a document: required fields, valid dates, known choice codes. */
public final class DocumentValidator {

	public static final String REQUIRED = "nl.oppstudio.document.required";
	public static final String INVALID_DATE = "nl.oppstudio.document.invalidDate";
	public static final String UNKNOWN_OPTION = "nl.oppstudio.document.unknownOption";
	public static final String UNKNOWN_CONTENT = "nl.oppstudio.document.unknownContent";

	private final OppDocument document;
	private final Path file;
	private final List<Diagnostic> diagnostics = new ArrayList<>();

	public DocumentValidator(OppDocument document, Path file) {
		this.document = document;
		this.file = file;
	}

	public List<Diagnostic> validate() {
		for (Section section : document.format().getSections()) {
			for (Field field : section.getFields()) {
				check(section, field, document.value(section, field));
			}
		}
		reportUnknownContent();
		return List.copyOf(diagnostics);
	}

	private void check(Section section, Field field, String value) {
		String path = section.getName() + "/" + field.getName();
		String label = label(field);
		if (value == null || value.isBlank()) {
			if (field.isRequired()) {
				add(Severity.ERROR, REQUIRED, path, NLS.bind(Messages.required, label, label(section)));
			}
			return;
		}
		switch (field.getType()) {
		case DATE -> {
			try {
				LocalDate.parse(value.strip());
			} catch (DateTimeParseException e) {
				add(Severity.ERROR, INVALID_DATE, path, NLS.bind(Messages.invalidDate, label, value));
			}
		}
		case CHOICE -> {
			boolean known = field.getOptions().stream().map(ChoiceOption::getCode).anyMatch(value.strip()::equals);
			if (!known) {
				add(Severity.ERROR, UNKNOWN_OPTION, path, NLS.bind(Messages.unknownOption, label, value));
			}
		}
		default -> {
			// free text: anything goes
		}
		}
	}

	/** Elements the format does not know are kept in the file; say so, so nobody is surprised. */
	private void reportUnknownContent() {
		Resource resource = document.root().eResource();
		if (resource instanceof XMLResource xml) {
			for (EObject owner : xml.getEObjectToExtensionMap().keySet()) {
				if (!xml.getEObjectToExtensionMap().get(owner).getMixed().isEmpty()
						|| !xml.getEObjectToExtensionMap().get(owner).getAnyAttribute().isEmpty()) {
					String where = owner == document.root() ? "" : owner.eContainingFeature().getName();
					add(Severity.WARNING, UNKNOWN_CONTENT, where.isEmpty() ? null : where, Messages.unknownContent);
				}
			}
		}
	}

	private void add(Severity severity, String code, String path, String message) {
		diagnostics.add(new Diagnostic(severity, message, file, 0, 0, path, code));
	}

	private static String label(Field field) {
		return field.getLabel() != null ? field.getLabel() : field.getName();
	}

	private static String label(Section section) {
		return section.getLabel() != null ? section.getLabel() : section.getName();
	}
}
