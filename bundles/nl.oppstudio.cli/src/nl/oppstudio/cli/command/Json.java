package nl.oppstudio.cli.command;

import java.util.List;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.format.rules.Checklist;

/** The {@code --json} output of the command line: small enough to write by hand, escaped properly. */
final class Json {

	private Json() {
	}

	static String checkReport(LoadedFormat loaded, Checklist.Result checklist) {
		StringBuilder json = new StringBuilder("{");
		field(json, "file", loaded.file().toString()).append(',');
		json.append("\"errors\":").append(loaded.diagnostics().stream().filter(Diagnostic::isError).count()).append(',');
		json.append("\"diagnostics\":");
		diagnostics(json, loaded.diagnostics());
		if (checklist != null) {
			json.append(",\"checklist\":{\"score\":").append(checklist.score()).append(",\"max\":")
					.append(checklist.max()).append(",\"items\":[");
			for (int i = 0; i < checklist.items().size(); i++) {
				Checklist.Item item = checklist.items().get(i);
				json.append(i == 0 ? "{" : ",{").append("\"number\":").append(item.number()).append(',');
				field(json, "question", item.question()).append(',');
				field(json, "status", item.status().label()).append(',');
				field(json, "reason", item.reason()).append('}');
			}
			json.append("]}");
		}
		return json.append('}').toString();
	}

	static String validationReport(java.util.Map<java.nio.file.Path, List<Diagnostic>> results, java.time.LocalDate at) {
		StringBuilder json = new StringBuilder("{");
		field(json, "at", at.toString()).append(",\"documents\":[");
		int i = 0;
		for (var entry : results.entrySet()) {
			json.append(i++ == 0 ? "{" : ",{");
			field(json, "file", entry.getKey().toString()).append(',');
			json.append("\"errors\":").append(entry.getValue().stream().filter(Diagnostic::isError).count())
					.append(",\"diagnostics\":");
			diagnostics(json, entry.getValue());
			json.append('}');
		}
		return json.append("]}").toString();
	}

	static String dueReport(java.time.LocalDate at, List<DueCommand.Next> next, List<DueCommand.DoneLate> doneLate) {
		StringBuilder json = new StringBuilder("{");
		field(json, "at", at.toString()).append(",\"due\":[");
		for (int i = 0; i < next.size(); i++) {
			DueCommand.Next row = next.get(i);
			json.append(i == 0 ? "{" : ",{");
			field(json, "file", row.file().toString()).append(',');
			field(json, "pupil", row.pupil()).append(',');
			field(json, "phase", row.due().label()).append(',');
			field(json, "date", row.due().date().toString()).append(',');
			json.append("\"overdue\":").append(row.due().overdue(at)).append('}');
		}
		json.append("],\"doneLate\":[");
		for (int i = 0; i < doneLate.size(); i++) {
			DueCommand.DoneLate row = doneLate.get(i);
			json.append(i == 0 ? "{" : ",{");
			field(json, "file", row.file().toString()).append(',');
			field(json, "pupil", row.pupil()).append(',');
			field(json, "phase", row.late().label()).append(',');
			field(json, "due", row.late().due().toString()).append(',');
			field(json, "done", row.late().done().toString()).append(',');
			json.append("\"daysLate\":").append(row.late().days()).append('}');
		}
		return json.append("]}").toString();
	}

	/** {@code opp import-word TEMPLATE -o DRAFT --json}: the report on every place and the draft's findings. */
	static String wordTemplateReport(java.nio.file.Path word, java.nio.file.Path draft,
			List<nl.oppstudio.importer.word.ReportEntry> report, List<Diagnostic> todo) {
		StringBuilder json = new StringBuilder("{");
		field(json, "file", word.toString()).append(',');
		field(json, "draft", draft.toString()).append(",\"report\":");
		reportEntries(json, report);
		json.append(",\"errors\":").append(todo.stream().filter(Diagnostic::isError).count()).append(",\"todo\":");
		diagnostics(json, todo);
		return json.append('}').toString();
	}

	/** {@code opp import-word --format F FILLED... -o MAP --json}: per file the document written or why not, and its report. */
	static String wordDocumentsReport(nl.oppstudio.format.model.Format format, java.nio.file.Path folder,
			List<nl.oppstudio.importer.word.BatchEntry> entries) {
		StringBuilder json = new StringBuilder("{");
		field(json, "format", format.getId()).append(',');
		field(json, "folder", folder.toString()).append(",\"documents\":[");
		long failed = 0;
		for (int i = 0; i < entries.size(); i++) {
			nl.oppstudio.importer.word.BatchEntry entry = entries.get(i);
			failed += entry.ok() ? 0 : 1;
			json.append(i == 0 ? "{" : ",{");
			field(json, "file", entry.source().toString()).append(',');
			field(json, "written", entry.written() == null ? null : entry.written().toString()).append(',');
			field(json, "pupil", entry.result() == null ? null : entry.result().pupil()).append(',');
			field(json, "problem", entry.problem()).append(",\"report\":");
			reportEntries(json, entry.result() == null ? List.of() : entry.result().report());
			json.append('}');
		}
		json.append("],\"written\":").append(entries.size() - failed).append(",\"failed\":").append(failed);
		return json.append('}').toString();
	}

	private static void reportEntries(StringBuilder json, List<nl.oppstudio.importer.word.ReportEntry> report) {
		json.append('[');
		for (int i = 0; i < report.size(); i++) {
			nl.oppstudio.importer.word.ReportEntry entry = report.get(i);
			json.append(i == 0 ? "{" : ",{");
			field(json, "where", entry.where()).append(',');
			field(json, "excerpt", entry.excerpt()).append(',');
			field(json, "outcome", entry.outcome().name().toLowerCase(java.util.Locale.ROOT)).append(',');
			field(json, "result", entry.result()).append('}');
		}
		json.append(']');
	}

	static void diagnostics(StringBuilder json, List<Diagnostic> diagnostics) {
		json.append('[');
		for (int i = 0; i < diagnostics.size(); i++) {
			Diagnostic d = diagnostics.get(i);
			json.append(i == 0 ? "{" : ",{");
			field(json, "severity", d.severity().label()).append(',');
			field(json, "file", d.file() == null ? null : d.file().toString()).append(',');
			json.append("\"line\":").append(d.line()).append(",\"column\":").append(d.column()).append(',');
			field(json, "path", d.path()).append(',');
			field(json, "code", d.code()).append(',');
			field(json, "message", d.message()).append('}');
		}
		json.append(']');
	}

	static StringBuilder field(StringBuilder json, String name, String value) {
		json.append('"').append(name).append("\":");
		if (value == null) {
			return json.append("null");
		}
		json.append('"');
		for (char c : value.toCharArray()) {
			switch (c) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			case '\n' -> json.append("\\n");
			case '\r' -> json.append("\\r");
			case '\t' -> json.append("\\t");
			default -> {
				if (c < 0x20) {
					json.append(String.format("\\u%04x", (int) c));
				} else {
					json.append(c);
				}
			}
			}
		}
		return json.append('"');
	}
}
