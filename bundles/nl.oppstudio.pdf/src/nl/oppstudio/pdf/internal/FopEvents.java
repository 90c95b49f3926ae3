package nl.oppstudio.pdf.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.fop.events.Event;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.eclipse.osgi.util.NLS;

/**
 * Listens to FOP's events during one rendering and keeps what a reader of the PDF would miss, in
 * Dutch. Being a listener also keeps FOP from formatting its own log messages, which fails inside OSGi
 * (its message functions are registered where the formatter cannot see them).
 */
public final class FopEvents implements EventListener {

	private final Set<String> warnings = new LinkedHashSet<>();

	@Override
	public synchronized void processEvent(Event event) {
		if (event.getSeverity() == EventSeverity.INFO) {
			return;
		}
		String key = event.getEventKey();
		Object uri = event.getParam("uri");
		if (uri != null && uri.toString().startsWith("data:")) {
			uri = Messages.figureUri;
		}
		switch (key) {
		case "imageNotFound", "imageError", "imageIOError", "imageWritingError" ->
			warnings.add(uri != null ? NLS.bind(Messages.imageNotLoadedAt, uri) : Messages.imageNotLoaded);
		case "lineOverflows", "overflow", "viewportBPDOverflow", "viewportIPDOverflow" ->
			warnings.add(Messages.textOverflows);
		case "glyphNotAvailable" ->
			warnings.add(NLS.bind(Messages.glyphMissing, event.getParam("ch"), event.getParam("fontName")));
		default -> {
			// layout details (hyphenation, keeps) do not change what the reader sees
		}
		}
	}

	public synchronized List<String> warnings() {
		return new ArrayList<>(warnings);
	}
}
