package nl.oppstudio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import nl.oppstudio.testing.word.WordExamples;

/**
 * Writes the example Word files of dsl-examples/word (run once; see dsl-examples/README.md): the empty template of
 * the Handreiking OPP's Bijlage 2 and two filled-in copies, made with POI by {@link WordExamples}. Usage:
 * {@code WordExampleFiles MAP}.
 */
public final class WordExampleFiles {

	private WordExampleFiles() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Files.createDirectories(Path.of(args[0]));
		WordExamples.bijlage2(folder.resolve("opp-sjabloon.docx"), Map.of());
		WordExamples.bijlage2(folder.resolve("sanne-de-vries.docx"), WordExamples.SANNE);
		Map<String, String> daan = new HashMap<>(WordExamples.SANNE);
		daan.put(WordExamples.NAAM, "Daan Bakker");
		daan.put(WordExamples.GEBOORTEDATUM, "2-11-2014");
		daan.put(WordExamples.GROEP, "6");
		daan.put(WordExamples.UITSTROOMPROFIEL, "Arbeidsmarkt");
		daan.put(WordExamples.BEELD, "Daan leest op niveau E5 en rekent op niveau M5.\nHij werkt het best met een vaste planning.");
		daan.put(WordExamples.ONDERBOUWING, "Verwacht uitstroomniveau praktijkonderwijs, passend bij zijn ontwikkeling.");
		daan.put(WordExamples.LANGE_TERMIJN, "Daan plant zijn eigen werk voor een dag.");
		daan.put(WordExamples.AKKOORD_OUDERS_NAAM, "R. Bakker");
		daan.put(WordExamples.INSTEMMING, "Ja");
		WordExamples.bijlage2(folder.resolve("daan-bakker.docx"), daan);
		try (var files = Files.list(folder)) {
			files.sorted().forEach(file -> System.out.println(file + " " + file.toFile().length() + " bytes"));
		}
	}
}
