package nl.oppstudio.editor.internal;

import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.FormatResolver;
import nl.oppstudio.document.State;
import nl.oppstudio.format.model.Format;

/** How the editor words states, school types, formats, dates and problems. */
public final class Texts {

	/** Dates as schools write them. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private Texts() {
	}

	/** The Dutch word for a state, as users read it ("ter instemming", "geëvalueerd"). */
	public static String state(State state) {
		return switch (state) {
		case CONCEPT -> Messages.stateConcept;
		case TER_INSTEMMING -> Messages.stateTerInstemming;
		case VASTGESTELD -> Messages.stateVastgesteld;
		case IN_UITVOERING -> Messages.stateInUitvoering;
		case GEEVALUEERD -> Messages.stateGeevalueerd;
		case BIJGESTELD -> Messages.stateBijgesteld;
		case BEEINDIGD -> Messages.stateBeeindigd;
		};
	}

	/** A school type's name with its code, e.g. "primair onderwijs (po)". */
	public static String schoolType(String code) {
		return switch (code) {
		case "po" -> Messages.schoolTypePo;
		case "sbo" -> Messages.schoolTypeSbo;
		case "so" -> Messages.schoolTypeSo;
		case "vso" -> Messages.schoolTypeVso;
		case "vo" -> Messages.schoolTypeVo;
		case "pro" -> Messages.schoolTypePro;
		default -> code;
		};
	}

	/** "OPP SWV De Voorbeeldregio (versie 0.2.0)". */
	public static String format(Format format) {
		String name = format.getName() == null || format.getName().isBlank() ? format.getId() : format.getName();
		return NLS.bind(Messages.formatNameVersion, name, format.getVersion());
	}

	/** The code of a document that is not well-formed XML (the document step's stable problem code). */
	private static final String MALFORMED = "nl.oppstudio.document.malformed";

	/**
	 * Why a document cannot be shown, for a school: no command-line advice, the place in the file when
	 * known, and not the XML parser's English detail (that is in {@link Diagnostic#message()}).
	 */
	public static String problem(Diagnostic problem) {
		if (MALFORMED.equals(problem.code()) && problem.line() > 0 && problem.file() != null) {
			return NLS.bind(Messages.problemMalformed,
					new Object[] { problem.line(), Math.max(1, problem.column()), problem.file().getFileName() });
		}
		if (FormatResolver.NO_FORMAT.equals(problem.code())) {
			return Messages.problemNoFormat;
		}
		if (FormatResolver.FORMAT_ERRORS.equals(problem.code())) {
			return Messages.problemFormatErrors;
		}
		return problem.line() > 0
				? NLS.bind(Messages.problemAt, new Object[] { problem.line(), Math.max(1, problem.column()), problem.message() })
				: problem.message();
	}
}
