package nl.oppstudio.format.dsl.ide.quickfix;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import nl.oppstudio.core.EditDistance;
import nl.oppstudio.format.dsl.validation.FormatIssueCodes;
import nl.oppstudio.format.model.Format;

/**
 * Quick fixes where the repair is obvious: a version or id in the right shape, a known document kind,
 * the existing name nearest to a misspelt one, another name for a reserved word, and the blocks the
 * law requires, added at the end of the format.
 */
public class FormatQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private static final Pattern NUMBERS = Pattern.compile("\\d+");
	private static final List<String> KINDS = List.of("opp", "opp-light", "groeidocument", "handelingswijzer");

	@QuickFix(FormatIssueCodes.INVALID_VERSION)
	public void semanticVersion(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.semanticVersion, (ITextModification) (diagnostic, object,
				document) -> createTextEdit(diagnostic, "\"" + semanticVersion(document.getSubstring(diagnostic.getRange())) + "\""));
	}

	@QuickFix(FormatIssueCodes.INVALID_ID)
	public void slugId(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.slugId, (ITextModification) (diagnostic, object,
				document) -> createTextEdit(diagnostic, "\"" + slug(document.getSubstring(diagnostic.getRange())) + "\""));
	}

	@QuickFix(FormatIssueCodes.UNKNOWN_KIND)
	public void knownKind(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.knownKind, (ITextModification) (diagnostic, object,
				document) -> createTextEdit(diagnostic, nearestKind(document.getSubstring(diagnostic.getRange()))));
	}

	/** A misspelt path: the message's "bedoelt u …?" written in its place (a quoted base id stays quoted). */
	@QuickFix(FormatIssueCodes.UNKNOWN_NAME_SUGGESTION)
	public void nearestName(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.nearestName, (ITextModification) (diagnostic, object, document) -> {
			String suggestion = suggestion(diagnostic);
			if (suggestion == null) {
				return List.of();
			}
			boolean quoted = document.getSubstring(diagnostic.getRange()).startsWith("\"");
			return createTextEdit(diagnostic, quoted ? "\"" + suggestion + "\"" : suggestion);
		});
	}

	/** A reserved word as a name: the suggested name in its place. */
	@QuickFix(FormatIssueCodes.RESERVED_WORD)
	public void otherName(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.otherName, (ITextModification) (diagnostic, object,
				document) -> {
			String suggestion = suggestion(diagnostic);
			return suggestion == null ? List.of() : createTextEdit(diagnostic, suggestion);
		});
	}

	/** A diagram colour in another shape (no hash, three digits): the #rrggbb meant, from the issue data. */
	@QuickFix(FormatIssueCodes.DIAGRAM_INVALID_COLOUR)
	public void diagramColour(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.diagramColour, quotedSuggestion());
	}

	/** A diagram colour on which neither black nor white text is readable: the same hue, lightened until black text reaches 4.5:1. */
	@QuickFix(FormatIssueCodes.DIAGRAM_LOW_CONTRAST)
	public void lighterColour(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.lighterColour, quotedSuggestion());
	}

	private ITextModification quotedSuggestion() {
		return (diagnostic, object, document) -> {
			String suggestion = suggestion(diagnostic);
			return suggestion == null ? List.of() : createTextEdit(diagnostic, "\"" + suggestion + "\"");
		};
	}

	/**
	 * The first issue datum of a diagnostic: an array in the same process, a JSON array after a trip
	 * through the language server protocol.
	 */
	static String suggestion(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] array) {
			return array.length == 0 ? null : array[0];
		}
		if (data instanceof List<?> list) {
			return list.isEmpty() || list.get(0) == null ? null : list.get(0).toString();
		}
		if (data == null) {
			return null;
		}
		// JSON from the protocol (Gson): ["name"] or "name"
		String text = data.toString().strip();
		if (text.startsWith("[")) {
			text = text.substring(1).strip();
		}
		if (!text.startsWith("\"")) {
			int end = text.indexOf(',') >= 0 ? text.indexOf(',') : text.indexOf(']');
			text = (end < 0 ? text : text.substring(0, end)).strip();
			return text.isEmpty() ? null : text;
		}
		StringBuilder value = new StringBuilder();
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				value.append(text.charAt(++i));
			} else if (c == '"') {
				break;
			} else {
				value.append(c);
			}
		}
		return value.isEmpty() ? null : value.toString();
	}

	@QuickFix(FormatIssueCodes.LAW + "hoorrecht")
	public void addHoorrecht(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.addHoorrecht, insertAtEnd(
				"hoorrecht zienswijzeLeerling \"Zienswijze van de leerling\" verplicht"));
	}

	@QuickFix(FormatIssueCodes.LAW + "oogo")
	public void addOogo(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.addOogo, insertAtEnd(
				"oogo overlegOuders \"Op overeenstemming gericht overleg met ouders\" verplicht"));
	}

	@QuickFix(FormatIssueCodes.LAW + "factoren")
	public void addFactors(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.addFactors, insertAtEnd(
				"factoren factorenWettelijk \"Bevorderende en belemmerende factoren\" van leerling, onderwijs, thuis verplicht"));
	}

	@QuickFix(FormatIssueCodes.LAW + "evaluatie")
	public void addEvaluation(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.addEvaluation, insertAtEnd(
				"cyclus jaarlijkseEvaluatie \"Jaarlijkse evaluatie\" {\n\t\tfase evaluatie \"Evaluatie met ouders en leerling\" soort evaluatie uiterlijk 30 juni met-ouders\n\t}"));
	}

	@QuickFix(FormatIssueCodes.LAW + "vaststelling")
	public void addAdoption(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.addAdoption, insertAtEnd(
				"cyclus wettelijkeTermijn \"Vaststelling\" {\n\t\tfase vaststelling \"Vaststelling door het bevoegd gezag\" soort vaststelling uiterlijk 6 weken na inschrijving door \"bevoegd gezag\"\n\t}"));
	}

	@QuickFix(FormatIssueCodes.LAW_ADOPTION_FROM_INTAKE)
	public void adoptionFromEnrolment(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.adoptionFromEnrolment,
				(ITextModification) (diagnostic, object, document) -> createTextEdit(diagnostic, "inschrijving"));
	}

	@QuickFix(FormatIssueCodes.LAW + "startdatum")
	public void addStartDate(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.addStartDate, insertAtEnd(
				"sectie start \"Start van het OPP\" {\n\t\tveld startdatum \"Datum inschrijving, plaatsing of start extra ondersteuning\": datum verplicht wet startdatum\n\t}"));
	}

	@QuickFix(FormatIssueCodes.LAW + "geboortedatum")
	public void addBirthDate(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.addBirthDate, insertAtEnd(
				"sectie geboorte \"Leeftijd\" {\n\t\tveld geboortedatum \"Geboortedatum\": datum verplicht wet geboortedatum\n\t}"));
	}

	@QuickFix(FormatIssueCodes.LAW + "commissie-advies")
	public void addCommissionAdvice(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.addCommissionAdvice, insertAtEnd(
				"sectie commissieAdvies \"Advies van de commissie van begeleiding of van onderzoek\" wet commissie-advies\n"
						+ "\t\tzichtbaar wanneer schooltype = so of schooltype = vso {\n"
						+ "\t\tveld datum \"Datum advies\": datum\n\t\tveld advies \"Advies\": tekst lang\n\t}"));
	}

	@QuickFix(FormatIssueCodes.LAW + "registratie")
	public void addRegistration(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept(Messages.addRegistration, insertAtEnd(
				"sectie registratieDuo \"Melding bij DUO\" zichtbaar wanneer schooltype = po of schooltype = vo {\n"
						+ "\t\tveld gemeld \"Begindatum gemeld bij DUO op\": datum wet registratie\n\t}"));
	}

	/** Inserts a member on its own line just before the format's closing brace. */
	private static ITextModification insertAtEnd(String member) {
		return (Diagnostic diagnostic, EObject object, Document document) -> {
			Format format = object == null ? null : EcoreUtil2.getContainerOfType(object, Format.class);
			ICompositeNode node = format == null ? null : NodeModelUtils.findActualNodeFor(format);
			if (node == null) {
				return List.of();
			}
			int closing = document.getContents().lastIndexOf('}', node.getEndOffset());
			Position at = document.getPosition(closing);
			return List.of(new TextEdit(new Range(at, at), "\t" + member + "\n"));
		};
	}

	static String semanticVersion(String text) {
		Matcher numbers = NUMBERS.matcher(text);
		String[] parts = { "0", "0", "0" };
		int found = 0;
		while (found < 3 && numbers.find()) {
			parts[found++] = String.valueOf(Integer.parseInt(numbers.group()));
		}
		return found == 0 ? "1.0.0" : String.join(".", parts);
	}

	static String slug(String text) {
		String slug = text.replace("\"", "").strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
				.replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "mijn-formaat" : slug;
	}

	static String nearestKind(String text) {
		String kind = text.strip().toLowerCase(Locale.ROOT);
		String best = KINDS.get(0);
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : KINDS) {
			int distance = EditDistance.between(kind, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

}
