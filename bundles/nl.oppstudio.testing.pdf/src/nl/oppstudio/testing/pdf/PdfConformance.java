package nl.oppstudio.testing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The veraPDF check of the PDF tests, for every test bundle that writes PDFs (the PDF step, the editor). */
public final class PdfConformance {

	private PdfConformance() {
	}

	/** Fails with every PDF/A-2a and PDF/UA-1 rule veraPDF finds violated (at most 20 per profile). */
	public static void assertConforms(String name, byte[] pdf) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		List<String> failures = new ArrayList<>();
		for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
			try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
				ValidationResult result = validator.validate(parser);
				result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
						.map(a -> flavour + " " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
								+ a.getMessage() + " @ " + a.getLocation().getContext())
						.distinct().limit(20).forEach(failures::add);
				if (failures.isEmpty()) {
					assertTrue(result.isCompliant(), name + " is not compliant with " + flavour);
				}
			}
		}
		assertEquals(List.of(), failures, name);
	}
}
