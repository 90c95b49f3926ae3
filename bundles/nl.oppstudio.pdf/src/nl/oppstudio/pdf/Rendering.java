package nl.oppstudio.pdf;

import java.util.List;

/** What a rendering produced: its number of pages, and what the reader of the PDF misses (in Dutch). */
public record Rendering(int pages, List<String> warnings) {

	public Rendering {
		warnings = List.copyOf(warnings);
	}
}
