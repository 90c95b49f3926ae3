package nl.oppstudio.format.dsl.documentation;

import org.eclipse.osgi.util.NLS;

/** Dutch hover texts of the format language ({@code messages.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String diagramTitle;
	public static String diagramDirection;
	public static String diagramDirectionDefault;
	public static String diagramShown;
	public static String diagramShownAll;
	public static String diagramColours;
	public static String diagramColoursDefault;
	public static String diagramPlacement;
	public static String diagramColour;
	public static String direction_omlaag;
	public static String direction_rechts;
	public static String placement_na_blok;
	public static String placement_achteraan;
	public static String placement_geen;
	public static String state_behaald;
	public static String state_deels;
	public static String state_niet_behaald;
	public static String state_niet_geevalueerd;
	public static String state_gedaan;
	public static String state_te_laat_gedaan;
	public static String state_binnenkort;
	public static String state_verlopen;
	public static String state_gepland;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The meaning of a state, a direction or a placement by its literal ({@code te-laat-gedaan}). */
	static String meaning(String prefix, String literal) {
		try {
			Object value = Messages.class.getField(prefix + literal.replace('-', '_')).get(null);
			return value == null ? literal : value.toString();
		} catch (ReflectiveOperationException e) {
			return literal;
		}
	}
}
