package nl.oppstudio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "nothing lost" check of {@link GeneratedEditorTest} on small documents (no product needed): exact values,
 * counted, with archived values inside {@code <archief>} as Migration writes them.
 */
class NothingLostCheckTest {

	private static final String OLD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<opp:Document xmlns:opp="urn:oppstudio:format:x:0.1.0" schooltype="po">
			  <a><ja>ja</ja><nee>ja</nee><getal>1</getal><school>De Kastanje</school></a>
			</opp:Document>
			""";

	@TempDir
	Path temp;

	@Test
	void everyValueInItsPlaceOrInTheArchiveIsKept() throws Exception {
		String migrated = """
				<?xml version="1.0" encoding="UTF-8"?>
				<opp:Document xmlns:opp="urn:oppstudio:format:x:1.0.0" schooltype="po">
				  <a><ja>ja</ja><nee>ja</nee><getal>1</getal></a>
				  <archief><pad>a/school</pad><versie>1.0.0</versie><waarde>De Kastanje</waarde><reden>geen plaats</reden></archief>
				  <logboek><handeling>migratie</handeling><van>0.1.0</van></logboek>
				</opp:Document>
				""";
		assertEquals(List.of(), lost(migrated));
	}

	@Test
	void aValueOnlyInsideALongerValueIsLost() throws Exception {
		String migrated = """
				<?xml version="1.0" encoding="UTF-8"?>
				<opp:Document xmlns:opp="urn:oppstudio:format:x:1.0.0" schooltype="po">
				  <a><ja>ja, graag</ja><nee>ja</nee><getal>10</getal><school>De Kastanje</school></a>
				</opp:Document>
				""";
		assertEquals(List.of("1 (1× ervoor, 0× erna)", "ja (2× ervoor, 1× erna)"), lost(migrated));
	}

	@Test
	void archiveMetadataAndTheLogDoNotCountAsKeptValues() throws Exception {
		String migrated = """
				<?xml version="1.0" encoding="UTF-8"?>
				<opp:Document xmlns:opp="urn:oppstudio:format:x:1.0.0" schooltype="po">
				  <a><ja>ja</ja><nee>ja</nee></a>
				  <archief><pad>1</pad><versie>1.0.0</versie><waarde>iets anders</waarde><reden>De Kastanje</reden></archief>
				  <logboek><opmerking>1</opmerking></logboek>
				</opp:Document>
				""";
		assertEquals(List.of("1 (1× ervoor, 0× erna)", "De Kastanje (1× ervoor, 0× erna)"), lost(migrated));
	}

	private List<String> lost(String migrated) throws Exception {
		Path before = Files.writeString(temp.resolve("voor.opp"), OLD);
		Path after = Files.writeString(temp.resolve("na.opp"), migrated);
		return GeneratedEditorTest.lost(GeneratedEditorTest.values(before), GeneratedEditorTest.values(after));
	}
}
