package nl.oppstudio.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.document.internal.Messages;
import nl.oppstudio.format.model.Actor;
import nl.oppstudio.format.model.AttachmentType;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.ChoiceType;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.Container;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.DateType;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.FactorArea;
import nl.oppstudio.format.model.FactorsBlock;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.FieldType;
import nl.oppstudio.format.model.FormatFactory;
import nl.oppstudio.format.model.Formats;
import nl.oppstudio.format.model.GoalLevel;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.Group;
import nl.oppstudio.format.model.LevelType;
import nl.oppstudio.format.model.NeedSubject;
import nl.oppstudio.format.model.NeedsBlock;
import nl.oppstudio.format.model.NumberType;
import nl.oppstudio.format.model.OogoBlock;
import nl.oppstudio.format.model.OutflowBlock;
import nl.oppstudio.format.model.PersonType;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.format.model.PupilViewBlock;
import nl.oppstudio.format.model.SignatureMoment;
import nl.oppstudio.format.model.SignatureParty;
import nl.oppstudio.format.model.SignaturesBlock;
import nl.oppstudio.format.model.TextType;
import nl.oppstudio.format.model.YesNoType;

/**
 * What each kind of format element holds in a document. Containers hold their members; a field holds
 * one value, a person or consent field a few; each domain block holds the values its construct
 * stands for (factors: bevorderend and belemmerend per area; uitstroom: niveau, bestemming,
 * onderbouwing; ondertekening: per moment and party who signed and when; …). The names here are the
 * XML element names of documents: changing one is a change of the document format.
 */
final class Slots {

	/** Creates the nodes of one owner (the document root, or a branch). */
	public interface Builder {
		Leaf leaf(Element from, String name, String label, ValueKind kind, List<ChoiceOption> options, boolean required);

		Branch branch(Element from, String name, String label, boolean repeating,
				Function<Builder, List<SchemaNode>> children);

		/** The nodes of a container's members, inside the branch this builder fills. */
		default List<SchemaNode> members(List<Element> members) {
			throw new UnsupportedOperationException();
		}
	}

	private static final List<ChoiceOption> DECISIONS = options("akkoord", Messages.slotAgreed, "nietAkkoord", Messages.slotNotAgreed,
			"gedeeltelijk", Messages.slotPartlyAgreed);
	/** A goal's evaluation ({@code evaluatie}); none chosen is not yet evaluated. */
	private static final List<ChoiceOption> EVALUATIONS = options("behaald", Messages.slotGoalAchieved, "deels",
			Messages.slotGoalPartly, "nietBehaald", Messages.slotGoalNotAchieved);
	private static final List<ChoiceOption> WAYS = options("papier", Messages.slotOnPaper, "digitaal", Messages.slotDigital);
	/** In a cell of an {@code ondertekening} block: who signed. */
	private static final String SIGNED_BY = "naam";
	/** In a cell of an {@code ondertekening} block: when. */
	private static final String SIGNED_ON = "datum";

	private Slots() {
	}

	public static SchemaNode of(Element element, Builder builder) {
		String label = Formats.label(element);
		boolean required = element.isRequired();
		if (element instanceof Container container) {
			boolean repeating = element instanceof Group group && group.isRepeating();
			return builder.branch(element, element.getName(), label, repeating, b -> b.members(container.getMembers()));
		}
		if (element instanceof Field field) {
			return field(field, builder);
		}
		if (element instanceof FactorsBlock factors) {
			List<FactorArea> areas = factors.getAreas().isEmpty() ? List.copyOf(EnumSet.allOf(FactorArea.class))
					: factors.getAreas();
			return builder.branch(element, element.getName(), label, false, b -> {
				List<SchemaNode> nodes = new ArrayList<>();
				for (FactorArea area : areas) {
					String area0 = area.getLiteral();
					String title = Character.toUpperCase(area0.charAt(0)) + area0.substring(1);
					nodes.add(b.leaf(element, area0 + "Bevorderend", NLS.bind(Messages.slotPromoting, title), ValueKind.LONG_TEXT,
							List.of(), required));
					nodes.add(b.leaf(element, area0 + "Belemmerend", NLS.bind(Messages.slotHindering, title), ValueKind.LONG_TEXT,
							List.of(), required));
				}
				return nodes;
			});
		}
		if (element instanceof NeedsBlock needs) {
			List<NeedSubject> subjects = needs.getSubjects().isEmpty() ? List.copyOf(EnumSet.allOf(NeedSubject.class))
					: needs.getSubjects();
			return builder.branch(element, element.getName(), label, false, b -> subjects.stream()
					.map(s -> (SchemaNode) b.leaf(element, s.getLiteral(), needLabel(s), ValueKind.LONG_TEXT, List.of(),
							required))
					.toList());
		}
		if (element instanceof OutflowBlock outflow) {
			return builder.branch(element, element.getName(), label, false, b -> {
				List<SchemaNode> nodes = new ArrayList<>();
				nodes.add(choiceOrText(b, element, "niveau", Messages.slotOutflowLevel, outflow.getLevels(), required));
				nodes.add(choiceOrText(b, element, "bestemming", Messages.slotOutflowDestination, outflow.getDestinations(),
						required));
				if (outflow.isReasoning()) {
					nodes.add(b.leaf(element, "onderbouwing", Messages.slotReasoning, ValueKind.LONG_TEXT, List.of(), required));
				}
				return nodes;
			});
		}
		if (element instanceof GoalsBlock goals) {
			return builder.branch(element, element.getName(), label, false, b -> goals.getLevels().isEmpty()
					? actions(goals, b) : goalRows(goals, 0, required, b));
		}
		if (element instanceof CycleBlock cycle) {
			return builder.branch(element, element.getName(), label, false, b -> {
				List<SchemaNode> nodes = new ArrayList<>();
				for (Phase phase : cycle.getPhases()) {
					nodes.add(b.leaf(element, phase.getName(), phase.getLabel() != null ? phase.getLabel() : phase.getName(),
							ValueKind.DATE, List.of(), false));
				}
				return nodes;
			});
		}
		if (element instanceof PupilViewBlock) {
			return builder.branch(element, element.getName(), label, false, b -> List.of(
					b.leaf(element, "zienswijze", Messages.slotPupilView, ValueKind.LONG_TEXT, List.of(), required),
					b.leaf(element, "datum", Messages.slotDiscussedOn, ValueKind.DATE, List.of(), false)));
		}
		if (element instanceof OogoBlock) {
			return builder.branch(element, element.getName(), label, false, b -> List.of(
					b.leaf(element, "datum", Messages.slotOogoDate, ValueKind.DATE, List.of(), required),
					b.leaf(element, "verslag", Messages.slotOogoReport, ValueKind.LONG_TEXT, List.of(), false)));
		}
		if (element instanceof SignaturesBlock signatures) {
			return signatures(signatures, label, required, builder);
		}
		throw new IllegalArgumentException("unknown kind of element: " + element.eClass().getName()); // a new block in the metamodel
	}

	/** The {@code doel} leaf of a goal row: the goal's text. */
	static final String GOAL_TEXT = "doel";
	/** The {@code domein} leaf of a goal row (only where the format has {@code domeinen}). */
	static final String GOAL_DOMAIN = "domein";
	/** The {@code evaluatie} leaf of a goal row; empty is not yet evaluated. */
	static final String GOAL_EVALUATION = "evaluatie";
	/** The repeating rows of actions under a goal of the last level (or directly in a block without levels). */
	static final String ACTIONS = "acties";
	/** In a row of actions: who, what, and how we know it worked. */
	static final String ACTOR = "door";
	static final String ACTION = "actie";
	static final String CRITERION = "criterium";

	/**
	 * The repeating goal rows of level {@code index} of a {@code doelen} block, named after the level
	 * ({@code langeTermijn}): each holds the goal's text ({@code doel}, required as the block is), its
	 * domain where the format has {@code domeinen}, its evaluation, and the rows of the next level; rows
	 * of the last level hold the actions.
	 */
	private static List<SchemaNode> goalRows(GoalsBlock goals, int index, boolean required, Builder builder) {
		GoalLevel level = goals.getLevels().get(index);
		String levelLabel = levelLabel(level);
		return List.of(builder.branch(goals, goalRowName(level), levelLabel, true, row -> {
			List<SchemaNode> nodes = new ArrayList<>();
			nodes.add(row.leaf(goals, GOAL_TEXT, levelLabel, ValueKind.LONG_TEXT, List.of(), required));
			if (!goals.getDomains().isEmpty()) {
				nodes.add(row.leaf(goals, GOAL_DOMAIN, Messages.slotGoalDomain, ValueKind.CHOICE, goals.getDomains(), false));
			}
			nodes.add(row.leaf(goals, GOAL_EVALUATION, Messages.slotGoalEvaluation, ValueKind.CHOICE, EVALUATIONS, false));
			nodes.addAll(index + 1 < goals.getLevels().size() ? goalRows(goals, index + 1, required, row)
					: actions(goals, row));
			return nodes;
		}));
	}

	/** The repeating {@code acties} rows (none when the format names no actors). */
	private static List<SchemaNode> actions(GoalsBlock goals, Builder builder) {
		if (goals.getActors().isEmpty()) {
			return List.of();
		}
		List<ChoiceOption> actors = goals.getActors().stream().map(a -> option(a.getLiteral(), actorLabel(a))).toList();
		return List.of(builder.branch(goals, ACTIONS, Messages.slotActions, true, rows -> {
			List<SchemaNode> row = new ArrayList<>();
			row.add(rows.leaf(goals, ACTOR, Messages.slotActor, ValueKind.CHOICE, actors, true));
			row.add(rows.leaf(goals, ACTION, Messages.slotAction, ValueKind.LONG_TEXT, List.of(), true));
			if (goals.isCriterion()) {
				row.add(rows.leaf(goals, CRITERION, Messages.slotCriterion, ValueKind.LONG_TEXT, List.of(), false));
			}
			return row;
		}));
	}

	/** The element name of a level's goal rows: {@code lange-termijn} → {@code langeTermijn}. */
	static String goalRowName(GoalLevel level) {
		return camel(level.getHorizon().getLiteral());
	}

	/** What a level is called: its label, else its horizon. */
	static String levelLabel(GoalLevel level) {
		return level.getLabel() != null ? level.getLabel() : level.getHorizon().getLiteral();
	}

	/** Whether {@code branch} holds the goal rows of a {@code doelen} block's first level. */
	static boolean isFirstGoalLevel(Branch branch) {
		return branch.element() instanceof GoalsBlock goals && branch.repeating() && !goals.getLevels().isEmpty()
				&& branch.name().equals(goalRowName(goals.getLevels().get(0)))
				&& branch.path().endsWith(goals.getName() + "/" + branch.name());
	}

	/**
	 * The grid of an {@code ondertekening} block: a branch per moment, in it a branch per party with who
	 * signed ({@code naam}) and when ({@code datum}). Signing happens over the year, so nothing is
	 * required; a block marked {@code verplicht} requires the signatures of its first moment only.
	 */
	private static SchemaNode signatures(SignaturesBlock block, String label, boolean required, Builder builder) {
		List<SignatureMoment> moments = List.copyOf(block.getMoments());
		List<SignatureParty> parties = List.copyOf(block.getParties());
		return builder.branch(block, block.getName(), label, false, b -> {
			List<SchemaNode> nodes = new ArrayList<>();
			for (SignatureMoment moment : moments) {
				String when = momentLabel(moment);
				boolean first = required && moment == moments.get(0);
				nodes.add(b.branch(block, moment.getName(), when, false, m -> parties.stream()
						.map(party -> (SchemaNode) m.branch(block, party.getName(), partyLabel(party), false, p -> List.of(
								p.leaf(block, SIGNED_BY, NLS.bind(Messages.slotSignedBy, partyLabel(party), when), ValueKind.TEXT,
										List.of(), first),
								p.leaf(block, SIGNED_ON, NLS.bind(Messages.slotSignedOn, partyLabel(party), when), ValueKind.DATE,
										List.of(), first))))
						.toList()));
			}
			return nodes;
		});
	}

	/** What a party of an {@code ondertekening} block is called: its label, else its name. */
	private static String partyLabel(SignatureParty party) {
		return party.getLabel() != null ? party.getLabel() : party.getName();
	}

	/** What a moment of an {@code ondertekening} block is called: its label, else its name. */
	private static String momentLabel(SignatureMoment moment) {
		return moment.getLabel() != null ? moment.getLabel() : moment.getName();
	}

	private static SchemaNode field(Field field, Builder builder) {
		String label = Formats.label(field);
		boolean required = field.isRequired();
		FieldType type = field.getType();
		if (type instanceof PersonType) {
			return builder.branch(field, field.getName(), label, false, b -> List.of(
					b.leaf(field, "naam", Messages.slotName, ValueKind.TEXT, List.of(), required),
					b.leaf(field, "rol", Messages.slotRole, ValueKind.TEXT, List.of(), false),
					b.leaf(field, "organisatie", Messages.slotOrganisation, ValueKind.TEXT, List.of(), false),
					b.leaf(field, "contact", Messages.slotContact, ValueKind.TEXT, List.of(), false)));
		}
		if (type instanceof ConsentType) {
			return builder.branch(field, field.getName(), label, false, b -> List.of(
					b.leaf(field, "wie", Messages.slotName, ValueKind.TEXT, List.of(), required),
					b.leaf(field, "rol", Messages.slotRole, ValueKind.TEXT, List.of(), false),
					b.leaf(field, "besluit", Messages.slotDecision, ValueKind.CHOICE, DECISIONS, required),
					b.leaf(field, "datum", Messages.slotDate, ValueKind.DATE, List.of(), required),
					b.leaf(field, "wijze", Messages.slotWay, ValueKind.CHOICE, WAYS, false),
					b.leaf(field, "opmerking", Messages.slotRemark, ValueKind.LONG_TEXT, List.of(), false),
					// Partial consent: only the parts agreed on may be carried out, so they are recorded.
					b.leaf(field, "onderdelen", Messages.slotAgreedParts, ValueKind.LONG_TEXT, List.of(),
							false)));
		}
		if (type instanceof AttachmentType attachment && attachment.isConsentRequired()) {
			// A report of a third party: the reference and the explicit consent to include it (AVG).
			return builder.branch(field, field.getName(), label, false, b -> List.of(
					b.leaf(field, "verwijzing", Messages.slotReportReference, ValueKind.ATTACHMENT, List.of(), required),
					b.leaf(field, "toestemming", Messages.slotThirdPartyConsent, ValueKind.YES_NO, List.of(),
							false),
					b.leaf(field, "datum", Messages.slotThirdPartyConsentDate, ValueKind.DATE, List.of(), false)));
		}
		ValueKind kind;
		List<ChoiceOption> options = List.of();
		if (type instanceof TextType text) {
			kind = text.isLong() ? ValueKind.LONG_TEXT : ValueKind.TEXT;
		} else if (type instanceof DateType) {
			kind = ValueKind.DATE;
		} else if (type instanceof NumberType) {
			kind = ValueKind.NUMBER;
		} else if (type instanceof YesNoType) {
			kind = ValueKind.YES_NO;
		} else if (type instanceof ChoiceType choice) {
			kind = choice.isMultiple() ? ValueKind.MULTIPLE_CHOICE : ValueKind.CHOICE;
			options = choice.getOptions();
		} else if (type instanceof LevelType) {
			kind = ValueKind.LEVEL;
		} else if (type instanceof AttachmentType) {
			kind = ValueKind.ATTACHMENT;
		} else {
			kind = ValueKind.TEXT;
		}
		return builder.leaf(field, field.getName(), label, kind, options, required);
	}

	private static Leaf choiceOrText(Builder builder, Element element, String name, String label,
			List<ChoiceOption> options, boolean required) {
		return builder.leaf(element, name, label, options.isEmpty() ? ValueKind.TEXT : ValueKind.CHOICE, options,
				required);
	}

	private static String needLabel(NeedSubject subject) {
		return switch (subject) {
		case LEERLING -> Messages.slotNeedsPupil;
		case LERAREN -> Messages.slotNeedsTeachers;
		case OUDERS -> Messages.slotNeedsParents;
		};
	}

	static String actorLabel(Actor actor) {
		return switch (actor) {
		case LEERLING -> Messages.slotActorPupil;
		case SCHOOL -> Messages.slotActorSchool;
		case OUDERS -> Messages.slotActorParents;
		case HULPVERLENING -> Messages.slotActorCare;
		case LERAREN -> Messages.slotActorTeachers;
		};
	}

	/** {@code lange-termijn} → {@code langeTermijn}: a valid XML and EMF name. */
	static String camel(String literal) {
		StringBuilder result = new StringBuilder();
		boolean upper = false;
		for (char c : literal.toCharArray()) {
			if (c == '-') {
				upper = true;
			} else {
				result.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return result.toString();
	}

	private static List<ChoiceOption> options(String... codesAndLabels) {
		List<ChoiceOption> options = new ArrayList<>();
		for (int i = 0; i < codesAndLabels.length; i += 2) {
			options.add(option(codesAndLabels[i], codesAndLabels[i + 1]));
		}
		return List.copyOf(options);
	}

	private static ChoiceOption option(String code, String label) {
		ChoiceOption option = FormatFactory.eINSTANCE.createChoiceOption();
		option.setCode(code);
		option.setLabel(label);
		return option;
	}
}
