package nl.oppstudio.format.dsl.validation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.validation.Check;

import nl.oppstudio.format.model.BooleanLiteral;
import nl.oppstudio.format.model.CalendarDeadline;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.ChoiceType;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.Container;
import nl.oppstudio.format.model.DiagramColour;
import nl.oppstudio.format.model.DiagramLevel;
import nl.oppstudio.format.model.DiagramState;
import nl.oppstudio.format.model.DiagramStyle;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Extract;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.FieldReference;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.FormatPackage.Literals;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.GoalHorizon;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.Group;
import nl.oppstudio.format.model.HouseStyle;
import nl.oppstudio.core.Limits;
import nl.oppstudio.format.model.ImageFormat;
import nl.oppstudio.format.model.SvgSafety;
import nl.oppstudio.format.model.LegalTag;
import nl.oppstudio.format.model.NumberType;
import nl.oppstudio.format.model.OutflowBlock;
import nl.oppstudio.format.model.Part;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.format.model.ResolvedHouseStyle;
import nl.oppstudio.format.model.Section;
import nl.oppstudio.format.model.SignatureMoment;
import nl.oppstudio.format.model.SignatureParty;
import nl.oppstudio.format.model.SignaturesBlock;
import nl.oppstudio.format.rules.LegalMinimum;
import nl.oppstudio.format.rules.LegalTags;
import nl.oppstudio.format.rules.Roles;

/** The quality checks of a format; the legal minimum is checked by {@link LegalMinimum}. */
public class FormatValidator extends AbstractFormatValidator {

	/** Format ids end up in document namespaces and file names. */
	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
	/** Semantic version, optionally with a pre-release part (1.0.0, 2.1.0-concept). */
	private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?");
	private static final List<String> KNOWN_KINDS = List.of("opp", "opp-light", "groeidocument", "handelingswijzer");
	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
	/** Phases that belong to the start of an OPP; with a calendar date they would come back every year. */
	private static final Set<PhaseKind> ONE_OFF_KINDS = java.util.EnumSet.of(PhaseKind.AANMELDING, PhaseKind.OPSTELLEN,
			PhaseKind.VASTSTELLING, PhaseKind.ONDERTEKENING, PhaseKind.REGISTRATIE);

	@Check
	public void checkIdentity(Format format) {
		if (format.getId() != null && !ID.matcher(format.getId()).matches()) {
			error(NLS.bind(Messages.invalidId, format.getId()), Literals.FORMAT__ID, FormatIssueCodes.INVALID_ID);
		}
		if (format.getVersion() != null && !SEMVER.matcher(format.getVersion()).matches()) {
			error(NLS.bind(Messages.invalidVersion, format.getVersion()), Literals.FORMAT__VERSION,
					FormatIssueCodes.INVALID_VERSION);
		}
		if (format.getKind() != null && !KNOWN_KINDS.contains(format.getKind())) {
			warning(NLS.bind(Messages.unknownKind, format.getKind()), Literals.FORMAT__KIND, FormatIssueCodes.UNKNOWN_KIND);
		}
		if (format.getMembers().isEmpty() && format.getBase() == null) {
			warning(Messages.noMembers, Literals.FORMAT__ID, FormatIssueCodes.NO_MEMBERS);
		}
		if (format.getPagesMin() > format.getPagesMax() && format.getPagesMax() > 0) {
			error(NLS.bind(Messages.invalidRange, format.getPagesMin(), format.getPagesMax()), Literals.FORMAT__PAGES_MIN,
					FormatIssueCodes.INVALID_RANGE);
		}
		checkUniqueNames(format.getMembers());
	}

	@Check
	public void checkBase(Format format) {
		Set<Format> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Format base = format; base != null && !base.eIsProxy(); base = base.getBase()) {
			if (!seen.add(base)) {
				error(NLS.bind(Messages.baseCycle, format.getId()), Literals.FORMAT__BASE, FormatIssueCodes.BASE_CYCLE);
				return;
			}
		}
	}

	@Check
	public void checkContainer(Container container) {
		if (container.getMembers().isEmpty()) {
			warning(NLS.bind(Messages.emptyContainer, Formats.label(container)), Literals.ELEMENT__NAME,
					FormatIssueCodes.EMPTY_CONTAINER);
		}
		checkUniqueNames(container.getMembers());
	}

	private void checkUniqueNames(List<Element> members) {
		Set<String> seen = new HashSet<>();
		for (Element member : members) {
			if (member.getName() != null && !seen.add(member.getName())) {
				error(NLS.bind(Messages.duplicateName, member.getName()), member, Literals.ELEMENT__NAME,
						FormatIssueCodes.DUPLICATE_NAME);
			}
		}
	}

	@Check
	public void checkChoice(ChoiceType choice) {
		if (choice.getOptions().isEmpty()) {
			Element owner = EcoreUtil2.getContainerOfType(choice, Element.class);
			error(NLS.bind(Messages.choiceWithoutOptions, owner == null ? "" : owner.getName()), choice, null,
					FormatIssueCodes.CHOICE_WITHOUT_OPTIONS);
		}
		checkOptions(choice.getOptions());
	}

	@Check
	public void checkOutflow(OutflowBlock outflow) {
		checkOptions(outflow.getLevels());
		checkOptions(outflow.getDestinations());
	}

	@Check
	public void checkGoals(GoalsBlock goals) {
		checkOptions(goals.getDomains());
		Set<Object> horizons = new HashSet<>();
		goals.getLevels().stream().filter(level -> !horizons.add(level.getHorizon()))
				.forEach(level -> error(NLS.bind(Messages.duplicateName, level.getHorizon().getLiteral()), level,
						Literals.GOAL_LEVEL__HORIZON, FormatIssueCodes.DUPLICATE_NAME));
	}

	/** A signature grid needs someone to sign and a moment to sign at; each name is a key in documents. */
	@Check
	public void checkSignatures(SignaturesBlock block) {
		if (block.getParties().isEmpty()) {
			error(NLS.bind(Messages.signaturesWithoutParty, Formats.label(block)), Literals.ELEMENT__NAME,
					FormatIssueCodes.SIGNATURES_WITHOUT_PARTY);
		}
		if (block.getMoments().isEmpty()) {
			error(NLS.bind(Messages.signaturesWithoutMoment, Formats.label(block)), Literals.ELEMENT__NAME,
					FormatIssueCodes.SIGNATURES_WITHOUT_MOMENT);
		}
		Set<String> parties = new HashSet<>();
		for (SignatureParty party : block.getParties()) {
			if (party.getName() != null && !parties.add(party.getName())) {
				error(NLS.bind(Messages.duplicateParty, party.getName()), party, Literals.SIGNATURE_PARTY__NAME,
						FormatIssueCodes.DUPLICATE_NAME);
			}
		}
		Set<String> moments = new HashSet<>();
		for (SignatureMoment moment : block.getMoments()) {
			if (moment.getName() != null && !moments.add(moment.getName())) {
				error(NLS.bind(Messages.duplicateMoment, moment.getName()), moment, Literals.SIGNATURE_MOMENT__NAME,
						FormatIssueCodes.DUPLICATE_NAME);
			}
		}
	}

	private void checkOptions(List<ChoiceOption> options) {
		Set<String> codes = new HashSet<>();
		Format format = options.isEmpty() ? null : EcoreUtil2.getContainerOfType(options.get(0), Format.class);
		for (ChoiceOption option : options) {
			if (option.getCode() != null && !codes.add(option.getCode())) {
				error(NLS.bind(Messages.duplicateOption, option.getCode()), option, Literals.CHOICE_OPTION__CODE,
						FormatIssueCodes.DUPLICATE_OPTION);
			}
			if (format != null && !format.getSchoolTypes().isEmpty()
					&& !format.getSchoolTypes().containsAll(option.getSchoolTypes())) {
				warning(NLS.bind(Messages.optionSchoolType, option.getCode(), option.getSchoolTypes()), option,
						Literals.CHOICE_OPTION__SCHOOL_TYPES, FormatIssueCodes.OPTION_SCHOOL_TYPE);
			}
		}
	}

	@Check
	public void checkNumber(NumberType number) {
		if (number.getMin() != null && number.getMax() != null && number.getMin().compareTo(number.getMax()) > 0) {
			error(NLS.bind(Messages.invalidRange, number.getMin(), number.getMax()), Literals.NUMBER_TYPE__MIN,
					FormatIssueCodes.INVALID_RANGE);
		}
	}

	@Check
	public void checkGroup(Group group) {
		if (group.getMaxRows() > 0 && group.getMinRows() > group.getMaxRows()) {
			error(NLS.bind(Messages.invalidRange, group.getMinRows(), group.getMaxRows()), Literals.GROUP__MIN_ROWS,
					FormatIssueCodes.INVALID_RANGE);
		}
	}

	@Check
	public void checkCalendarDate(CalendarDeadline deadline) {
		try {
			MonthDay.of(deadline.getMonth().getValue() + 1, deadline.getDay());
		} catch (DateTimeException e) {
			error(NLS.bind(Messages.invalidDate, deadline.getDay(), deadline.getMonth().getLiteral()),
					Literals.CALENDAR_DEADLINE__DAY, FormatIssueCodes.INVALID_DATE);
		}
	}

	@Check
	public void checkConsentTarget(ConsentType consent) {
		Element target = consent.getOn();
		if (target != null && !target.eIsProxy() && !(target instanceof Section || target instanceof Part)) {
			error(NLS.bind(Messages.consentTarget, target.getName()), Literals.CONSENT_TYPE__ON,
					FormatIssueCodes.CONSENT_TARGET);
		}
	}

	/** Type checks of conditions; see {@link ConditionTypes}. */
	@Check
	public void checkConditions(Element element) {
		for (EStructuralFeature feature : List.of(Literals.ELEMENT__VISIBLE_WHEN, Literals.ELEMENT__REQUIRED_WHEN)) {
			EObject condition = (EObject) element.eGet(feature);
			if (condition != null) {
				new ConditionTypes((message, object, code) -> error(message, object, null, code))
						.checkCondition((nl.oppstudio.format.model.Expression) condition);
			}
		}
		if (element.isRequired() && element.getVisibleWhen() instanceof BooleanLiteral literal && !literal.isValue()) {
			error(NLS.bind(Messages.neverVisible, Formats.label(element)), Literals.ELEMENT__VISIBLE_WHEN,
					FormatIssueCodes.NEVER_VISIBLE);
		}
		if (element instanceof Field field && dependsOnItself(field)) {
			error(NLS.bind(Messages.conditionCycle, Formats.label(field)), Literals.ELEMENT__NAME,
					FormatIssueCodes.CONDITION_CYCLE);
		}
	}

	@Check
	public void checkPhaseOrder(Phase phase) {
		Set<Phase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Phase before = phase.getAfter(); before != null && !before.eIsProxy(); before = before.getAfter()) {
			if (before == phase || !seen.add(before)) {
				error(NLS.bind(Messages.phaseOrder, phase.getName()), Literals.PHASE__AFTER, FormatIssueCodes.PHASE_ORDER);
				return;
			}
		}
	}

	@Check
	public void checkPhaseCondition(Phase phase) {
		if (phase.getCondition() != null) {
			new ConditionTypes((message, object, code) -> error(message, object, null, code))
					.checkCondition(phase.getCondition());
		}
	}

	/** Whether a field's conditions, followed through the fields they name, come back to it. */
	static boolean dependsOnItself(Field start) {
		Set<Field> visited = Collections.newSetFromMap(new IdentityHashMap<>());
		java.util.ArrayDeque<Field> todo = new java.util.ArrayDeque<>(referencedBy(start));
		while (!todo.isEmpty()) {
			Field next = todo.pop();
			if (next == start) {
				return true;
			}
			if (visited.add(next)) {
				todo.addAll(referencedBy(next));
			}
		}
		return false;
	}

	private static List<Field> referencedBy(Element element) {
		java.util.ArrayList<Field> fields = new java.util.ArrayList<>();
		for (EObject condition : new EObject[] { element.getVisibleWhen(), element.getRequiredWhen() }) {
			if (condition != null) {
				EcoreUtil2.eAllOfType(condition, FieldReference.class).stream().map(FieldReference::getField)
						.filter(f -> f != null && !f.eIsProxy()).forEach(fields::add);
				if (condition instanceof FieldReference reference && reference.getField() != null) {
					fields.add(reference.getField());
				}
			}
		}
		return fields;
	}

	/**
	 * The legal minimum of a format that parses and whose base is found. After a syntax error the
	 * parser has skipped text, and without its base a format lacks what it would inherit: the findings
	 * would be noise (an unclosed brace or a misspelt base gave nine), so the error itself comes first.
	 */
	@Check
	public void checkLegalMinimum(Format format) {
		if (hasSyntaxErrors(format) || format.getBase() != null && format.getBase().eIsProxy()) {
			return;
		}
		for (LegalMinimum.Finding finding : LegalMinimum.findings(format)) {
			if (finding.at() != null && finding.at().eResource() == format.eResource()) {
				error(finding.message(), finding.at(), finding.feature(), finding.code());
			} else {
				error(finding.message(), Literals.FORMAT__ID, finding.code());
			}
		}
	}

	/** A legal tag sits only on a member that can hold its fact; see {@link LegalTags}. */
	@Check
	public void checkLegalTags(Element element) {
		for (LegalTag tag : element.getLegalTags()) {
			if (!LegalTags.canHold(element, tag)) {
				error(NLS.bind(Messages.legalTagType, new Object[] { tag.getLiteral(), Formats.label(element),
						LegalTags.requirement(tag) }), Literals.ELEMENT__LEGAL_TAGS, element.getLegalTags().indexOf(tag),
						FormatIssueCodes.LEGAL_TAG_TYPE);
			}
		}
	}

	@Check
	public void checkPhase(Phase phase) {
		for (LegalTag tag : phase.getLegalTags()) {
			if (!LegalTags.PHASE_TAGS.contains(tag)) {
				error(NLS.bind(Messages.legalTagOnPhase, tag.getLiteral(),
						String.join(", ", LegalTags.PHASE_TAGS.stream().map(LegalTag::getLiteral).toList())),
						Literals.PHASE__LEGAL_TAGS, phase.getLegalTags().indexOf(tag), FormatIssueCodes.LEGAL_TAG_TYPE);
			}
		}
		if (phase.getKind() == PhaseKind.VASTSTELLING) {
			for (int i = 0; i < phase.getResponsible().size(); i++) {
				String role = phase.getResponsible().get(i);
				if (!Roles.mayAdopt(role)) {
					warning(NLS.bind(Messages.adoptionRole, role), Literals.PHASE__RESPONSIBLE, i,
							FormatIssueCodes.ADOPTION_ROLE);
				}
			}
		}
		if (phase.getDeadline() instanceof CalendarDeadline && !phase.isOneOff() && ONE_OFF_KINDS.contains(phase.getKind())) {
			warning(NLS.bind(Messages.recurringOneOffPhase, phase.getName()), Literals.PHASE__DEADLINE,
					FormatIssueCodes.RECURRING_ONE_OFF_PHASE);
		}
	}

	/**
	 * Whether the text of the format's file has syntax errors (reserved words as names included). Reads
	 * the resource's errors, not the node model: nothing to walk when there are none.
	 */
	public static boolean hasSyntaxErrors(Format format) {
		return format.eResource() != null
				&& format.eResource().getErrors().stream().anyMatch(XtextSyntaxDiagnostic.class::isInstance);
	}

	/** {@code huisstijl} and {@code uittreksel} say what they say once; a second one would silently win. */
	@Check
	public void checkSingleDeclarations(Format format) {
		checkSingle(format, Literals.FORMAT__HOUSE_STYLE, "huisstijl");
		checkSingle(format, Literals.FORMAT__EXTRACT, "uittreksel");
	}

	private void checkSingle(EObject owner, EStructuralFeature feature, String keyword) {
		var nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		for (int i = 0; i < nodes.size() - 1; i++) {
			getMessageAcceptor().acceptWarning(NLS.bind(Messages.duplicateDeclaration, keyword), owner,
					nodes.get(i).getOffset(), nodes.get(i).getLength(), FormatIssueCodes.DUPLICATE_DECLARATION);
		}
	}

	@Check
	public void checkHouseStyle(HouseStyle style) {
		if (style.getColour() != null && !COLOUR.matcher(style.getColour()).matches()) {
			error(NLS.bind(Messages.invalidColour, style.getColour()), Literals.HOUSE_STYLE__COLOUR,
					FormatIssueCodes.INVALID_COLOUR);
		}
		if (style.getFontFamily() != null && !ResolvedHouseStyle.FONT_FAMILIES.contains(style.getFontFamily())) {
			error(NLS.bind(Messages.unknownFont, style.getFontFamily(),
					String.join(", ", ResolvedHouseStyle.FONT_FAMILIES.stream().map(f -> '"' + f + '"').toList())),
					Literals.HOUSE_STYLE__FONT_FAMILY, FormatIssueCodes.UNKNOWN_FONT);
		}
		if (outside(style.getFontSize(), ResolvedHouseStyle.MIN_FONT_SIZE, ResolvedHouseStyle.MAX_FONT_SIZE)) {
			error(NLS.bind(Messages.fontSize, new Object[] { style.getFontSize().toPlainString(),
					ResolvedHouseStyle.MIN_FONT_SIZE, ResolvedHouseStyle.MAX_FONT_SIZE }), Literals.HOUSE_STYLE__FONT_SIZE,
					FormatIssueCodes.FONT_SIZE);
		}
		checkMargin(style, Literals.HOUSE_STYLE__MARGIN, "rondom");
		checkMargin(style, Literals.HOUSE_STYLE__MARGIN_LEFT, "links");
		checkMargin(style, Literals.HOUSE_STYLE__MARGIN_RIGHT, "rechts");
		checkMargin(style, Literals.HOUSE_STYLE__MARGIN_TOP, "boven");
		checkMargin(style, Literals.HOUSE_STYLE__MARGIN_BOTTOM, "onder");
		if (style.getLogo() != null) {
			checkLogo(style);
		}
	}

	private static boolean outside(BigDecimal value, BigDecimal min, BigDecimal max) {
		return value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0);
	}

	private void checkMargin(HouseStyle style, EStructuralFeature feature, String side) {
		BigDecimal value = (BigDecimal) style.eGet(feature);
		if (outside(value, ResolvedHouseStyle.MIN_MARGIN, ResolvedHouseStyle.MAX_MARGIN)) {
			error(NLS.bind(Messages.margin, new Object[] { value.toPlainString(), side, ResolvedHouseStyle.MIN_MARGIN,
					ResolvedHouseStyle.MAX_MARGIN }), feature, FormatIssueCodes.MARGIN);
		}
	}

	/**
	 * The logo needs alternative text (an error: PDF/UA), and should be an image beside the format (a
	 * warning: the PDF is made without it). Any path is handled, none throws.
	 */
	private void checkLogo(HouseStyle style) {
		String logo = style.getLogo();
		if (style.getLogoText() == null || style.getLogoText().isBlank()) {
			error(NLS.bind(Messages.logoWithoutText, logo), Literals.HOUSE_STYLE__LOGO, FormatIssueCodes.LOGO_WITHOUT_TEXT);
		}
		try {
			if (Path.of(logo).isAbsolute()) {
				warning(NLS.bind(Messages.logoAbsolute, logo), Literals.HOUSE_STYLE__LOGO, FormatIssueCodes.LOGO_ABSOLUTE);
			}
		} catch (InvalidPathException e) {
			// reported as not found below
		}
		Format format = EcoreUtil2.getContainerOfType(style, Format.class);
		if (format == null || Formats.folder(format) == null) {
			return; // text without a file (a test, a buffer): nothing to look beside
		}
		Path file = logo.isBlank() ? null : Formats.resolve(format, logo);
		if (file == null || !Files.exists(file)) {
			warning(NLS.bind(Messages.logoMissing, logo, file == null ? logo : file.toString()), Literals.HOUSE_STYLE__LOGO,
					FormatIssueCodes.LOGO_MISSING);
			return;
		}
		if (!Formats.isInside(Formats.trustedRoot(Formats.folder(format)), file)) {
			error(NLS.bind(Messages.logoOutside, logo, Formats.trustedRoot(Formats.folder(format))), Literals.HOUSE_STYLE__LOGO,
					FormatIssueCodes.LOGO_OUTSIDE);
			return;
		}
		try {
			ImageFormat kind = ImageFormat.detect(file);
			if (kind == null) {
				warning(NLS.bind(Messages.logoNotImage, logo), Literals.HOUSE_STYLE__LOGO, FormatIssueCodes.LOGO_NOT_IMAGE);
			} else if (kind == ImageFormat.SVG && Files.size(file) <= Limits.MAX_FORMAT_BYTES * 4) {
				SvgSafety.Problem problem = SvgSafety.problem(Files.readAllBytes(file));
				String message = problem == null ? null : switch (problem.kind()) {
				case SCRIPT, EVENT -> NLS.bind(Messages.logoScript, logo, problem.detail());
				case EXTERNAL -> NLS.bind(Messages.logoExternal, logo, problem.detail());
				case DOCTYPE -> NLS.bind(Messages.logoDoctype, logo);
				case DAMAGED -> null; // the renderer leaves it out with its own warning
				};
				if (message != null) {
					error(message, Literals.HOUSE_STYLE__LOGO, FormatIssueCodes.LOGO_UNSAFE);
				}
			}
		} catch (IOException | RuntimeException e) {
			warning(NLS.bind(Messages.logoUnreadable, logo, Files.isDirectory(file) ? "een map" : String.valueOf(e.getMessage())),
					Literals.HOUSE_STYLE__LOGO, FormatIssueCodes.LOGO_MISSING);
		}
	}

	/**
	 * A block's {@code diagram { … }}: colours in #rrggbb that black text can be read on, states of the
	 * block's own kind, each once; {@code richting} and {@code toon} only for goals, showing levels the
	 * block has.
	 */
	@Check
	public void checkDiagram(DiagramStyle style) {
		boolean goals = style.eContainer() instanceof GoalsBlock;
		Element block = (Element) style.eContainer();
		if (block == null) {
			return;
		}
		checkSingle(style, Literals.DIAGRAM_STYLE__DIRECTION, "richting");
		checkSingle(style, Literals.DIAGRAM_STYLE__PLACEMENT, "pdf");
		Set<DiagramState> coloured = java.util.EnumSet.noneOf(DiagramState.class);
		for (DiagramColour colour : style.getColours()) {
			checkDiagramColour(colour, goals, coloured);
		}
		if (!goals) {
			if (!NodeModelUtils.findNodesForFeature(style, Literals.DIAGRAM_STYLE__DIRECTION).isEmpty()) {
				error(NLS.bind(Messages.diagramGoalsOnly, "richting"), style, Literals.DIAGRAM_STYLE__DIRECTION,
						FormatIssueCodes.DIAGRAM_GOALS_ONLY);
			}
			if (!style.getShown().isEmpty()) {
				error(NLS.bind(Messages.diagramGoalsOnly, "toon"), style, Literals.DIAGRAM_STYLE__SHOWN, 0,
						FormatIssueCodes.DIAGRAM_GOALS_ONLY);
			}
			return;
		}
		// The model keeps each level once (an attribute list is unique): the text tells of a repeated one.
		GoalsBlock goalsBlock = (GoalsBlock) block;
		Set<DiagramLevel> shown = java.util.EnumSet.noneOf(DiagramLevel.class);
		for (var node : NodeModelUtils.findNodesForFeature(style, Literals.DIAGRAM_STYLE__SHOWN)) {
			DiagramLevel level = DiagramLevel.get(NodeModelUtils.getTokenText(node));
			if (level == null) {
				continue;
			}
			boolean repeated = !shown.add(level);
			String problem = repeated ? NLS.bind(Messages.diagramDuplicateLevel, level.getLiteral())
					: missingLevel(goalsBlock, level);
			if (problem != null) {
				getMessageAcceptor().acceptWarning(problem, style, node.getOffset(), node.getLength(),
						repeated ? FormatIssueCodes.DIAGRAM_DUPLICATE : FormatIssueCodes.DIAGRAM_LEVEL_MISSING);
			}
		}
	}

	private void checkDiagramColour(DiagramColour colour, boolean goals, Set<DiagramState> coloured) {
		DiagramState state = colour.getState();
		if (goals && !DiagramColours.GOAL_STATES.contains(state)) {
			error(NLS.bind(Messages.diagramPhaseStateInGoals, state.getLiteral(), literals(DiagramColours.GOAL_STATES)), colour,
					Literals.DIAGRAM_COLOUR__STATE, FormatIssueCodes.DIAGRAM_STATE_KIND);
		} else if (!goals && !DiagramColours.PHASE_STATES.contains(state)) {
			error(NLS.bind(Messages.diagramGoalStateInCycle, state.getLiteral(), literals(DiagramColours.PHASE_STATES)), colour,
					Literals.DIAGRAM_COLOUR__STATE, FormatIssueCodes.DIAGRAM_STATE_KIND);
		}
		if (!coloured.add(state)) {
			warning(NLS.bind(Messages.diagramDuplicateColour, state.getLiteral()), colour, Literals.DIAGRAM_COLOUR__STATE,
					FormatIssueCodes.DIAGRAM_DUPLICATE);
		}
		String value = colour.getColour();
		if (value == null) {
			return;
		}
		if (!DiagramColours.valid(value)) {
			String repaired = DiagramColours.repaired(value);
			error(NLS.bind(Messages.diagramInvalidColour, value, state.getLiteral()), colour, Literals.DIAGRAM_COLOUR__COLOUR,
					FormatIssueCodes.DIAGRAM_INVALID_COLOUR, repaired == null ? new String[0] : new String[] { repaired });
			return;
		}
		double contrast = DiagramColours.textContrast(value);
		if (contrast < DiagramColours.MIN_CONTRAST) {
			String lighter = DiagramColours.lightened(value);
			warning(NLS.bind(Messages.diagramLowContrast,
					new Object[] { state.getLiteral(), value, DiagramColours.ratio(contrast), lighter }), colour,
					Literals.DIAGRAM_COLOUR__COLOUR, FormatIssueCodes.DIAGRAM_LOW_CONTRAST, lighter);
		}
	}

	/** Why {@code level} would stay empty in the block's diagram, or {@code null} when the block has it. */
	private static String missingLevel(GoalsBlock block, DiagramLevel level) {
		String label = Formats.label(block);
		return switch (level) {
		case ACTIES -> block.getActors().isEmpty() ? NLS.bind(Messages.diagramActionsMissing, label) : null;
		case UITSTROOM -> hasHorizon(block, GoalHorizon.UITSTROOM) || hasOutflowBlock(block) ? null
				: NLS.bind(Messages.diagramOutflowMissing, label);
		case LANGE_TERMIJN -> hasHorizon(block, GoalHorizon.LANGE_TERMIJN) ? null
				: NLS.bind(Messages.diagramLevelMissing, level.getLiteral(), label);
		case KORTE_TERMIJN -> hasHorizon(block, GoalHorizon.KORTE_TERMIJN) ? null
				: NLS.bind(Messages.diagramLevelMissing, level.getLiteral(), label);
		};
	}

	private static boolean hasHorizon(GoalsBlock block, GoalHorizon horizon) {
		return block.getLevels().stream().anyMatch(level -> level.getHorizon() == horizon);
	}

	/** The uitstroomperspectief at the root of the goals diagram comes from the format's uitstroom block. */
	private static boolean hasOutflowBlock(GoalsBlock block) {
		Format format = EcoreUtil2.getContainerOfType(block, Format.class);
		return format != null && Formats.allElements(format).stream().anyMatch(OutflowBlock.class::isInstance);
	}

	private static String literals(Set<DiagramState> states) {
		return String.join(", ", states.stream().map(DiagramState::getLiteral).toList());
	}

	@Check
	public void checkExtract(Extract extract) {
		if (extract.getLabel() == null || extract.getLabel().isBlank()) {
			error(Messages.extractWithoutTitle, Literals.EXTRACT__LABEL, FormatIssueCodes.EXTRACT_WITHOUT_TITLE);
		}
		if (extract.getElements().isEmpty()) {
			warning(NLS.bind(Messages.emptyExtract, extract.getLabel()), Literals.EXTRACT__LABEL,
					FormatIssueCodes.EMPTY_EXTRACT);
		}
		Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 0; i < extract.getElements().size(); i++) {
			Element element = extract.getElements().get(i);
			if (element != null && !element.eIsProxy() && !seen.add(element)) {
				warning(NLS.bind(Messages.duplicateExtractElement, String.join(".", Formats.path(element))), extract,
						Literals.EXTRACT__ELEMENTS, i, FormatIssueCodes.DUPLICATE_EXTRACT_ELEMENT);
			}
			for (EObject container = element == null ? null : element.eContainer(); container != null; container = container
					.eContainer()) {
				if (container instanceof Group group && group.isRepeating()) {
					warning(NLS.bind(Messages.extractInRepeatingGroup, String.join(".", Formats.path(element)),
							group.getName()), extract, Literals.EXTRACT__ELEMENTS, i,
							FormatIssueCodes.EXTRACT_IN_REPEATING_GROUP);
					break;
				}
			}
		}
	}
}
