package nl.oppstudio.cli.command;

import java.util.List;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.core.Severity;

/** Diagnostics as a SARIF 2.1.0 log, so that CI systems can show them on the files they are about. */
final class Sarif {

	private Sarif() {
	}

	static String report(List<Diagnostic> diagnostics) {
		StringBuilder json = new StringBuilder("{\"version\":\"2.1.0\",")
				.append("\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",")
				.append("\"runs\":[{\"tool\":{\"driver\":{\"name\":\"OPP Studio\"}},")
				.append("\"results\":[");
		for (int i = 0; i < diagnostics.size(); i++) {
			Diagnostic d = diagnostics.get(i);
			json.append(i == 0 ? "{" : ",{");
			Json.field(json, "ruleId", d.code() == null ? "opp" : d.code()).append(',');
			Json.field(json, "level", level(d.severity())).append(",\"message\":{");
			Json.field(json, "text", d.path() == null ? d.message() : "[" + d.path() + "] " + d.message()).append('}');
			if (d.file() != null) {
				json.append(",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{");
				Json.field(json, "uri", d.file().toString().replace('\\', '/')).append('}');
				if (d.line() > 0) {
					json.append(",\"region\":{\"startLine\":").append(d.line()).append(",\"startColumn\":")
							.append(Math.max(d.column(), 1)).append('}');
				}
				json.append("}}]");
			}
			json.append('}');
		}
		return json.append("]}]}").toString();
	}

	private static String level(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}
}
