package nl.oppstudio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.Form;
import nl.oppstudio.forms.FormPane;
import nl.oppstudio.forms.FormSession;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.spi.Renderers;

/**
 * The editor's form under load (issue 12): from a keystroke in a field to the updated validation of a
 * 200-field document (the text widget's change, the command, the conditions, {@code opp validate}'s
 * checks, the markers and the page states), and opening a page with a 500-row table. Needs a display
 * (run under xvfb-run).
 */
public final class FormBenchmark {

	private static final int KEYSTROKES = 300;
	private static final int TABLE_ROWS = 500;

	private FormBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Files.createTempDirectory("form-bench");
		Display display = new Display();
		keystrokes(display, folder);
		table(display, folder);
		display.dispose();
	}

	private static void keystrokes(Display display, Path folder) throws Exception {
		Path file = folder.resolve("velden.oppformat");
		Files.writeString(file, GeneratedFormat.ofLines(232));
		Format format = FormatLoader.create().load(file).format();
		OppDocument document = Documents.create(format);
		List<Leaf> leaves = document.schema().leaves();
		for (Leaf leaf : leaves) {
			document.setValue(leaf, sample(leaf));
		}
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1280, 900);
		FormSession session = new FormSession(document, folder.resolve("leerling.opp"));
		session.setDate(LocalDate.of(2026, 11, 30));
		Form form = Form.of(session);
		FormPane pane = new FormPane(shell, form, Renderers.standard());
		shell.open();
		for (ContainerNode page : form.pages()) {
			pane.showPage(page);
		}
		ControlNode target = form.controls().stream().filter(c -> c.kind() == ValueKind.TEXT && c.path().startsWith("s12/"))
				.findFirst().orElseThrow();
		pane.showPage(form.pageOf(target));
		settle(display, pane.view());
		Text text = find(shell, target.path());
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < KEYSTROKES; i++) {
			long start = System.nanoTime();
			if (i % 40 == 39) {
				text.setText("");
			} else {
				text.insert(Character.toString('a' + i % 26));
			}
			settle(display, pane.view());
			times.add(System.nanoTime() - start);
		}
		long fields = form.controls().size();
		System.out.printf("Keystroke to updated validation, %d fields (%d leaves), %d keystrokes:%n", fields, leaves.size(),
				KEYSTROKES);
		report(times.subList(20, times.size()));
		List<Long> validation = new ArrayList<>();
		List<Long> update = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			long start = System.nanoTime();
			session.validate();
			validation.add(System.nanoTime() - start);
			start = System.nanoTime();
			form.update();
			update.add(System.nanoTime() - start);
		}
		System.out.println(" of which the validation of opp validate alone:");
		report(validation.subList(20, validation.size()));
		System.out.println(" and the form's update (conditions, validation, routing, widgets told):");
		report(update.subList(20, update.size()));
		shell.dispose();
	}

	private static void table(Display display, Path folder) throws Exception {
		Path file = folder.resolve("tabel.oppformat");
		String text = GeneratedFormat.ofLines(40).replaceFirst("\tsectie s1 ", """
					sectie rijen "Leerlingen in de groep" {
						groep leerling "Leerling" herhaalbaar tabel {
							veld naam "Naam": tekst verplicht
							veld geboren "Geboortedatum": datum
							veld groep "Groep": keuze { optie g1 "Groep 1" optie g2 "Groep 2" optie g3 "Groep 3" }
							veld opmerking "Opmerking": tekst lang
						}
					}
					sectie s1 """);
		Files.writeString(file, text);
		Format format = FormatLoader.create().load(file).format();
		OppDocument document = Documents.create(format);
		Branch rows = (Branch) document.schema().outline().stream().filter(n -> n.name().equals("rijen")).findFirst().orElseThrow();
		Branch row = (Branch) rows.children().get(0);
		EObject holder = document.schema().ePackage().getEFactoryInstance().create(rows.eClass());
		document.root().eSet(rows.reference(), holder);
		@SuppressWarnings("unchecked")
		List<EObject> list = (List<EObject>) holder.eGet(row.reference());
		for (int i = 0; i < TABLE_ROWS; i++) {
			EObject object = document.schema().ePackage().getEFactoryInstance().create(row.eClass());
			for (var child : row.children()) {
				if (child instanceof Leaf leaf) {
					object.eSet(leaf.attribute(), leaf.kind() == ValueKind.TEXT ? "Leerling " + i : sample(leaf));
				}
			}
			list.add(object);
		}
		List<Long> times = new ArrayList<>();
		for (int run = 0; run < 12; run++) {
			Shell shell = new Shell(display);
			shell.setLayout(new FillLayout());
			shell.setSize(1280, 900);
			shell.open();
			long start = System.nanoTime();
			Form form = Form.of(new FormSession(document, folder.resolve("groep.opp")));
			FormPane pane = new FormPane(shell, form, Renderers.standard());
			pane.showPage(form.pages().stream().filter(p -> p.path().equals("rijen")).findFirst().orElseThrow());
			shell.layout(true, true);
			settle(display, pane.view());
			display.update();
			times.add(System.nanoTime() - start);
			form.dispose();
			shell.dispose();
		}
		System.out.printf("Open a page with a %d-row table (form, validation, widgets, first paint), 12 runs:%n", TABLE_ROWS);
		report(times.subList(2, times.size()));
	}

	private static String sample(Leaf leaf) {
		return switch (leaf.kind()) {
		case DATE -> "2026-01-15";
		case NUMBER -> "50";
		case YES_NO -> "ja";
		case CHOICE, MULTIPLE_CHOICE -> leaf.options().isEmpty() ? null : leaf.options().get(0).getCode();
		case LEVEL -> "75%";
		default -> "Voorbeeldtekst";
		};
	}

	private static void settle(Display display, FormView view) {
		do {
			while (display.readAndDispatch()) {
				// run what the change queued
			}
		} while (view.updatePending());
	}

	/** The text widget of the field at {@code path}: the first text inside the frame body that carries the path. */
	private static Text find(Control control, String path) {
		if (path.equals(control.getData(FormView.PATH_KEY))) {
			return firstText(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Text text = find(child, path);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static Text firstText(Control control) {
		if (control instanceof Text text) {
			return text;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Text text = firstText(child);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static void report(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		System.out.printf("  median %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)%n", sorted.get(sorted.size() / 2) / 1e6,
				sorted.get((int) (sorted.size() * 0.95)) / 1e6, sorted.get(sorted.size() - 1) / 1e6, sorted.size());
	}
}
