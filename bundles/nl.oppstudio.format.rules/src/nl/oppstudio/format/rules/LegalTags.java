package nl.oppstudio.format.rules;

import java.util.EnumSet;
import java.util.Set;

import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.Container;
import nl.oppstudio.format.model.DateType;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.LegalTag;
import nl.oppstudio.format.model.OogoBlock;
import nl.oppstudio.format.model.PupilViewBlock;
import nl.oppstudio.format.model.TextType;

/**
 * Which members can hold the fact a legal tag stands for. A tag on a member that cannot hold it would
 * meet the legal minimum while no rule on documents could ever check it: a {@code ja-nee} field tagged
 * {@code wet ouderinstemming} has no decision, no date and no party. A section, group or part holds a
 * fact when one of its members does.
 */
public final class LegalTags {

	/** The tags a cycle phase may carry: a phase holds a date. */
	public static final Set<LegalTag> PHASE_TAGS = EnumSet.of(LegalTag.EVALUATIE, LegalTag.VASTSTELLING,
			LegalTag.REGISTRATIE, LegalTag.OOGO, LegalTag.ONDERTEKENING, LegalTag.COMMISSIE_ADVIES);

	private LegalTags() {
	}

	/** Whether the member can hold the fact; tags without a checked fact fit any member. */
	public static boolean canHold(Element element, LegalTag tag) {
		return switch (tag) {
		case OUDERINSTEMMING -> holds(element, e -> e instanceof Field field && field.getType() instanceof ConsentType);
		case OOGO -> holds(element, e -> e instanceof OogoBlock || isDate(e));
		case HOORRECHT -> holds(element, e -> e instanceof PupilViewBlock
				|| e instanceof Field field && field.getType() instanceof TextType text && text.isLong());
		case EVALUATIE, VASTSTELLING -> holds(element, LegalTags::isDate);
		case STARTDATUM, GEBOORTEDATUM -> isDate(element);
		default -> true;
		};
	}

	/** What a member with the tag must be, for a message; {@code null} for tags that fit any member. */
	public static String requirement(LegalTag tag) {
		return switch (tag) {
		case OUDERINSTEMMING -> Messages.tagNeedsConsent;
		case OOGO -> Messages.tagNeedsOogo;
		case HOORRECHT -> Messages.tagNeedsPupilView;
		case EVALUATIE, VASTSTELLING -> Messages.tagNeedsDates;
		case STARTDATUM, GEBOORTEDATUM -> Messages.tagNeedsDate;
		default -> null;
		};
	}

	/** What the tag stands for and its legal source, in Dutch, for help texts; the literal when unknown. */
	public static String explanation(LegalTag tag) {
		try {
			Object value = Messages.class.getField("tag_" + tag.getLiteral().replace('-', '_')).get(null);
			return value == null ? tag.getLiteral() : value.toString();
		} catch (ReflectiveOperationException e) {
			return tag.getLiteral();
		}
	}

	private static boolean isDate(Element element) {
		return element instanceof Field field && field.getType() instanceof DateType;
	}

	private static boolean holds(Element element, java.util.function.Predicate<Element> fits) {
		if (fits.test(element)) {
			return true;
		}
		return element instanceof Container container && container.getMembers().stream().anyMatch(m -> holds(m, fits));
	}
}
