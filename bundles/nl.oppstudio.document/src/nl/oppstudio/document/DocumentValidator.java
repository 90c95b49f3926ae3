package nl.oppstudio.document;

import java.math.BigDecimal;
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
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.internal.Messages;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.Group;
import nl.oppstudio.format.model.NumberType;
import nl.oppstudio.format.model.TextType;

/**
 * The format's own rules on a document: required values (a hidden element is not required),
 * conditions, dates, numbers and their range, known choice codes, maximum lengths.
 */
final class DocumentValidator {

	public static final String REQUIRED = "nl.oppstudio.document.required";
	public static final String INVALID_DATE = "nl.oppstudio.document.invalidDate";
	public static final String INVALID_NUMBER = "nl.oppstudio.document.invalidNumber";
	public static final String OUT_OF_RANGE = "nl.oppstudio.document.outOfRange";
	public static final String UNKNOWN_OPTION = "nl.oppstudio.document.unknownOption";
	public static final String INVALID_YES_NO = "nl.oppstudio.document.invalidYesNo";
	public static final String TOO_LONG = "nl.oppstudio.document.tooLong";
	public static final String UNKNOWN_CONTENT = "nl.oppstudio.document.unknownContent";
	public static final String TOO_FEW_ROWS = "nl.oppstudio.document.tooFewRows";
	public static final String TOO_MANY_ROWS = "nl.oppstudio.document.tooManyRows";

	private final OppDocument document;
	private final Path file;
	private final Conditions conditions;
	private final List<Diagnostic> diagnostics = new ArrayList<>();

	public DocumentValidator(OppDocument document, Path file) {
		this.document = document;
		this.file = file;
		this.conditions = Conditions.of(document);
	}

	public List<Diagnostic> validate() {
		visit(document.root(), document.schema().outline(), "", null);
		reportUnknownContent();
		return List.copyOf(diagnostics);
	}

	private void visit(EObject owner, List<SchemaNode> nodes, String prefix, String sectionLabel) {
		for (SchemaNode node : nodes) {
			if (!conditions.visible(node.element(), owner)) {
				continue;
			}
			if (node instanceof Branch branch) {
				List<EObject> objects = OppDocument.objects(owner, branch);
				String label = sectionLabel == null ? branch.label() : sectionLabel;
				if (branch.repeating()) {
					checkRows(branch, objects.size(), prefix + branch.name());
				} else if (objects.isEmpty()) {
					visit(null, branch.children(), prefix + branch.name() + "/", label);
				}
				for (int row = 0; row < objects.size(); row++) {
					String step = branch.repeating() ? branch.name() + "[" + (row + 1) + "]/" : branch.name() + "/";
					visit(objects.get(row), branch.children(), prefix + step, label);
				}
			} else if (node instanceof Leaf leaf) {
				check(leaf, owner, prefix + leaf.name(), sectionLabel);
			}
		}
	}

	/** A repeating group may be empty, unless the format asks for a minimum number of rows. */
	private void checkRows(Branch branch, int rows, String path) {
		if (Slots.isFirstGoalLevel(branch)) {
			// A required doelen block needs a goal, as its level text was required before goals repeated.
			if (rows == 0 && branch.element().isRequired()) {
				add(Severity.ERROR, REQUIRED, path, NLS.bind(Messages.goalsMissing, Formats.label(branch.element())));
			}
			return;
		}
		int min = branch.element() instanceof Group group ? group.getMinRows() : 0;
		if (branch.element() instanceof Group group && group.isRequired()) {
			min = Math.max(min, 1);
		}
		if (rows < min) {
			add(Severity.ERROR, TOO_FEW_ROWS, path, NLS.bind(Messages.tooFewRows, new Object[] { branch.label(), rows, min }));
		}
		if (branch.element() instanceof Group group && group.getMaxRows() > 0 && rows > group.getMaxRows()) {
			add(Severity.ERROR, TOO_MANY_ROWS, path,
					NLS.bind(Messages.tooManyRows, new Object[] { branch.label(), rows, group.getMaxRows() }));
		}
	}

	private void check(Leaf leaf, EObject owner, String path, String sectionLabel) {
		String value = OppDocument.value(owner, leaf);
		if (value == null || value.isBlank()) {
			if (conditions.required(leaf, owner)) {
				add(Severity.ERROR, REQUIRED, path,
						NLS.bind(Messages.required, leaf.label(), sectionLabel == null ? leaf.label() : sectionLabel));
			}
			return;
		}
		String text = value.strip();
		switch (leaf.kind()) {
		case DATE -> {
			try {
				LocalDate.parse(text);
			} catch (DateTimeParseException e) {
				add(Severity.ERROR, INVALID_DATE, path, NLS.bind(Messages.invalidDate, leaf.label(), value));
			}
		}
		case NUMBER -> checkNumber(leaf, text, path);
		case CHOICE -> checkOption(leaf, text, path);
		case MULTIPLE_CHOICE -> {
			for (String part : text.split(",")) {
				checkOption(leaf, part.strip(), path);
			}
		}
		case YES_NO -> {
			if (!"ja".equals(text) && !"nee".equals(text)) {
				add(Severity.ERROR, INVALID_YES_NO, path, NLS.bind(Messages.invalidYesNo, leaf.label(), value));
			}
		}
		case TEXT, LONG_TEXT -> {
			if (leaf.element() instanceof Field field && field.getType() instanceof TextType type
					&& type.getMaxLength() > 0 && value.length() > type.getMaxLength()) {
				add(Severity.ERROR, TOO_LONG, path,
						NLS.bind(Messages.tooLong, new Object[] { leaf.label(), value.length(), type.getMaxLength() }));
			}
		}
		default -> {
			// levels and attachments: free text for now
		}
		}
	}

	private void checkNumber(Leaf leaf, String text, String path) {
		BigDecimal number;
		try {
			number = new BigDecimal(text.replace(',', '.'));
		} catch (NumberFormatException e) {
			add(Severity.ERROR, INVALID_NUMBER, path, NLS.bind(Messages.invalidNumber, leaf.label(), text));
			return;
		}
		if (leaf.element() instanceof Field field && field.getType() instanceof NumberType type
				&& (type.getMin() != null && number.compareTo(type.getMin()) < 0
						|| type.getMax() != null && number.compareTo(type.getMax()) > 0)) {
			add(Severity.ERROR, OUT_OF_RANGE, path, NLS.bind(Messages.outOfRange,
					new Object[] { leaf.label(), text, type.getMin() == null ? "-" : type.getMin(),
							type.getMax() == null ? "-" : type.getMax() }));
		}
	}

	private void checkOption(Leaf leaf, String code, String path) {
		if (leaf.options().stream().map(ChoiceOption::getCode).noneMatch(code::equals)) {
			add(Severity.ERROR, UNKNOWN_OPTION, path, NLS.bind(Messages.unknownOption, leaf.label(), code));
		}
	}

	/** Elements the format does not know are kept in the file; say so, so nobody is surprised. */
	private void reportUnknownContent() {
		Resource resource = document.root().eResource();
		if (resource instanceof XMLResource xml) {
			for (var entry : xml.getEObjectToExtensionMap().entrySet()) {
				if (!entry.getValue().getMixed().isEmpty() || !entry.getValue().getAnyAttribute().isEmpty()) {
					EObject owner = entry.getKey();
					String where = owner == document.root() ? null : owner.eContainingFeature().getName();
					add(Severity.WARNING, UNKNOWN_CONTENT, where, Messages.unknownContent);
				}
			}
		}
	}

	private void add(Severity severity, String code, String path, String message) {
		diagnostics.add(new Diagnostic(severity, message, file, 0, 0, path, code));
	}
}
