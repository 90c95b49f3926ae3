package nl.oppstudio.bench;

/**
 * A realistic, legally complete format of a given length: sections of typed fields, choices, conditions
 * and help texts, followed by the legal blocks (factors, uitstroom, goals, cycle, hoorrecht, OOGO).
 */
public final class GeneratedFormat {

	private GeneratedFormat() {
	}

	public static String ofLines(int lines) {
		StringBuilder text = new StringBuilder();
		text.append("formaat \"benchmark\" \"Benchmarkformaat\" versie \"1.0.0\" soort opp voor po, sbo omvang 2 tot 5 paginas {\n");
		String tail = """
					factoren factoren "Factoren" van leerling, onderwijs, thuis verplicht
					uitstroom uitstroom "Uitstroom" verplicht { niveau { optie pro "PrO" optie vmbo "Vmbo" } onderbouwing }
					sectie handelingsdeel "Handelingsdeel" handelingsdeel {
						doelen doelen "Doelen" { niveau lange-termijn "Lang" niveau korte-termijn "Kort" acties door leerling, school criterium }
						veld instemming "Instemming": instemming door "ouders" op handelingsdeel verplicht
					}
					hoorrecht mening "Zienswijze"
					oogo oogo "OOGO"
					sectie start "Start" { veld startdatum "Inschrijving": datum verplicht wet startdatum }
					cyclus cyclus "Planning" {
						fase vaststelling "Vaststelling" soort vaststelling uiterlijk 6 weken na inschrijving door "bevoegd gezag"
						fase registratie "Melding DUO" soort registratie uiterlijk 4 weken na vaststelling
						fase evaluatie "Evaluatie" soort evaluatie uiterlijk 30 juni met-ouders
					}
				}
				""";
		int tailLines = tail.split("\n").length;
		int section = 0;
		int line = 1;
		while (line + tailLines + 3 < lines) {
			section++;
			text.append("\tsectie s").append(section).append(" \"Sectie ").append(section)
					.append("\" uitleg \"Uitleg bij sectie ").append(section).append(".\" {\n");
			line++;
			for (int field = 1; field <= 8 && line + tailLines + 2 < lines; field++, line++) {
				String name = "v" + field;
				text.append("\t\tveld ").append(name).append(" \"Veld ").append(section).append('.').append(field)
						.append("\": ");
				switch (field % 8) {
				case 1 -> text.append("tekst max 200 verplicht uitleg \"Korte toelichting.\"");
				case 2 -> text.append("datum verplicht");
				case 3 -> text.append("keuze { optie a \"A\" optie b \"B\" optie c \"C\" } verplicht");
				case 4 -> text.append("ja-nee");
				case 5 -> text.append("tekst lang zichtbaar wanneer s").append(section).append(".v4 = ja");
				case 6 -> text.append("getal min 0 max 100 verplicht wanneer s").append(section).append(".v3 = \"a\"");
				case 7 -> text.append("niveau lrv wet onderbouwing");
				default -> text.append("persoon rollen \"mentor\", \"ouder\"");
				}
				text.append('\n');
			}
			text.append("\t}\n");
			line++;
		}
		return text.append(tail).toString();
	}
}
