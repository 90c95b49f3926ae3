package nl.oppstudio.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.LevelScale;
import nl.oppstudio.format.model.LevelType;

/**
 * The table of seed 000 that relates leerrendement (LRV), DLE and functioneringsniveau at the end of
 * groep 8 to a likely uitstroom: PrO, LWA, BL, KL, GTL, HAVO, VWO. It only ever gives an indication to
 * show beside a field. The seed: "Een prognose uit een digitaal leerlingvolgsysteem kan meegewogen
 * worden, maar mag nooit automatisch overgenomen worden." So nothing here writes to a document.
 */
public final class UitstroomAdvice {

	/** The indication for one level value in a document. */
	public record Indication(String path, String label, LevelScale scale, String value, List<String> uitstroom) {
	}

	private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");
	private static final Pattern CITO = Pattern.compile("([ME])\\s*(\\d)", Pattern.CASE_INSENSITIVE);

	private UitstroomAdvice() {
	}

	/** Indications for every LRV, DLE and functioneringsniveau value filled in, in document order. */
	public static List<Indication> of(OppDocument document) {
		List<Indication> indications = new ArrayList<>();
		collect(document.root(), document.schema().outline(), "", indications);
		return indications;
	}

	private static void collect(EObject owner, List<SchemaNode> nodes, String prefix, List<Indication> into) {
		for (SchemaNode node : nodes) {
			if (node instanceof Leaf leaf && leaf.element() instanceof Field field
					&& field.getType() instanceof LevelType level) {
				String value = OppDocument.value(owner, leaf);
				List<String> uitstroom = value == null ? List.of() : indicate(level.getScale(), value);
				if (!uitstroom.isEmpty()) {
					into.add(new Indication(prefix + leaf.name(), leaf.label(), level.getScale(), value.strip(), uitstroom));
				}
			} else if (node instanceof Branch branch) {
				List<EObject> rows = OppDocument.objects(owner, branch);
				for (int row = 0; row < rows.size(); row++) {
					String step = branch.repeating() ? branch.name() + "[" + (row + 1) + "]/" : branch.name() + "/";
					collect(rows.get(row), branch.children(), prefix + step, into);
				}
			}
		}
	}

	/** The likely uitstroom for one value on one scale; empty when the value cannot be read. */
	public static List<String> indicate(LevelScale scale, String value) {
		return switch (scale) {
		case LRV -> number(value).map(lrv -> byRanges(lrv, new double[] { 50, 75, 100 },
				List.of(List.of("PrO"), List.of("LWA"), List.of("BL", "KL", "GTL"), List.of("HAVO", "VWO")))).orElse(List.of());
		case DLE -> number(value).map(dle -> byRanges(dle, new double[] { 30, 45, 50, 55, 60 }, List.of(List.of("PrO"),
				List.of("LWA"), List.of("BL"), List.of("KL"), List.of("GTL"), List.of("HAVO", "VWO")))).orElse(List.of());
		case FUNCTIONERINGSNIVEAU -> cito(value).map(level -> byRanges(level, new double[] { cito(5, 'E'), cito(7, 'M'),
				cito(7, 'E'), cito(8, 'M'), cito(8, 'E') }, List.of(List.of("PrO"), List.of("LWA"), List.of("BL"), List.of("KL"),
						List.of("GTL"), List.of("HAVO", "VWO")))).orElse(List.of());
		default -> List.of();
		};
	}

	/**
	 * The table's bands: a value on a boundary belongs to both neighbours ("50% of lager" and "50 - 75 %"),
	 * except the top band, which the table writes as strictly above ("100 % >", "60 >", "E8>").
	 */
	private static List<String> byRanges(double value, double[] bounds, List<List<String>> bands) {
		Set<String> result = new LinkedHashSet<>();
		for (int i = 0; i <= bounds.length; i++) {
			double low = i == 0 ? Double.NEGATIVE_INFINITY : bounds[i - 1];
			double high = i == bounds.length ? Double.POSITIVE_INFINITY : bounds[i];
			boolean top = i == bounds.length;
			if ((top ? value > low : value >= low) && value <= high) {
				result.addAll(bands.get(i));
			}
		}
		return List.copyOf(result);
	}

	private static java.util.Optional<Double> number(String value) {
		Matcher matcher = NUMBER.matcher(value);
		return matcher.find() ? java.util.Optional.of(new BigDecimal(matcher.group(1).replace(',', '.')).doubleValue())
				: java.util.Optional.empty();
	}

	/** Cito levels in order: M3 < E3 < M4 < … < E8. */
	private static java.util.Optional<Double> cito(String value) {
		Matcher matcher = CITO.matcher(value.toUpperCase(Locale.ROOT));
		return matcher.find() ? java.util.Optional.of(cito(Integer.parseInt(matcher.group(2)), matcher.group(1).charAt(0)))
				: java.util.Optional.empty();
	}

	private static double cito(int grade, char moment) {
		return grade * 2 + (moment == 'E' ? 1 : 0);
	}
}
