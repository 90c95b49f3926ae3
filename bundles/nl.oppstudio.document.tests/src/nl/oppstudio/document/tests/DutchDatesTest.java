package nl.oppstudio.document.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import nl.oppstudio.document.DutchDates;

/** Dates as Dutch schools write them (CSV exports, Word files), read as ISO; impossible dates are none. */
class DutchDatesTest {

	@Test
	void theUsualDutchNotationsBecomeIso() {
		for (String written : new String[] { "12-09-2025", "12/9/2025", "12.09.2025", "2025-09-12", "12 september 2025",
				"12 sept. 2025", "12 Sep 2025", "vrijdag 12 september 2025", " 12-9-2025 " }) {
			assertEquals("2025-09-12", DutchDates.iso(written), written);
		}
	}

	@Test
	void aWordDateControlsOwnPatternComesFirst() {
		assertEquals("2026-06-30", DutchDates.iso("30.06.2026", "dd.MM.yyyy"));
		assertEquals("2026-06-30", DutchDates.iso("30 juni 2026", "d MMMM yyyy"));
		assertEquals("2026-06-30", DutchDates.iso("30-6-2026", "een patroon dat Java niet kent ''"));
	}

	@Test
	void noDateIsNone() {
		for (String text : new String[] { "31-02-2025", "31 februari 2025", "ergens in 2015", "12-13-2025", "", "12 smurf 2025" }) {
			assertNull(DutchDates.iso(text), text);
		}
		assertNull(DutchDates.iso(null));
	}
}
