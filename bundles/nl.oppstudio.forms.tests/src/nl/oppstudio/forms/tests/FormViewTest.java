package nl.oppstudio.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.Form;
import nl.oppstudio.forms.FormSession;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.internal.DutchDates;
import nl.oppstudio.forms.spi.Renderers;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** The widgets of a form, driven as a user would (under Xvfb in the build). */
class FormViewTest {

	private Display display;
	private Shell shell;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 800);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private FormView view(Path file, Format format) throws Exception {
		FormSession session = new FormSession(Documents.load(file, format), file);
		session.setDate(LocalDate.of(2026, 11, 30));
		FormView view = new FormView(shell, Form.of(session), Renderers.standard());
		shell.open();
		return view;
	}

	private void settle(FormView view) {
		do {
			while (display.readAndDispatch()) {
				// run what is queued
			}
		} while (view.updatePending());
	}

	static <T extends Control> List<T> find(Control root, Class<T> type, String path) {
		List<T> found = new ArrayList<>();
		if ((path == null || path.equals(root.getData(FormView.PATH_KEY))) && type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (path != null && path.equals(root.getData(FormView.PATH_KEY))) {
					found.addAll(find(child, type, null));
				} else {
					found.addAll(find(child, type, path));
				}
			}
		}
		return found;
	}

	@Test
	void everyPageOfEveryExampleRendersAndShowsItsValues() throws Exception {
		for (Map.Entry<Path, Format> example : ExampleDocuments.documents().entrySet()) {
			if (example.getValue() == null) {
				continue;
			}
			FormView view = view(example.getKey(), example.getValue());
			for (ContainerNode page : view.form().pages()) {
				view.showPage(page);
			}
			settle(view);
			for (ControlNode control : view.form().controls()) {
				if (control.value() == null || !control.visible() || inTable(control)) {
					continue;
				}
				String expected = switch (control.kind()) {
				case TEXT, LONG_TEXT, NUMBER, LEVEL, ATTACHMENT -> control.value();
				case DATE -> DutchDates.shown(control.value());
				default -> null;
				};
				if (find(shell, Control.class, control.path()).isEmpty()) {
					// a block that shows one part at a time (the goal tree) shows it when asked to
					assertTrue(view.reveal(control), control.path());
					settle(view);
				}
				if (expected != null) {
					List<Text> texts = find(shell, Text.class, control.path());
					assertEquals(1, texts.size(), control.path());
					assertEquals(expected, texts.get(0).getText(), control.path());
				} else if (control.kind() == ValueKind.YES_NO || control.kind() == ValueKind.CHOICE
						&& find(shell, Button.class, control.path()).size() > 0) {
					long selected = find(shell, Button.class, control.path()).stream().filter(Button::getSelection).count();
					assertEquals(1, selected, control.path());
				}
			}
			view.form().dispose();
			view.control().dispose();
		}
	}

	private static boolean inTable(ControlNode control) {
		for (var node = control.parent(); node != null; node = node.parent()) {
			if (node instanceof nl.oppstudio.forms.RepeatNode repeat && repeat.isTable()) {
				return true;
			}
		}
		return false;
	}

	@Test
	void typingChangesTheDocumentAndValidationMarksTheField() throws Exception {
		FormView view = view(Examples.file(Examples.DOCUMENT), TestFormats.example());
		ControlNode name = view.form().controls().get(0);
		view.reveal(name);
		settle(view);
		Text text = find(shell, Text.class, name.path()).get(0);
		text.setText("");
		text.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event());
		settle(view);
		assertEquals(null, name.value());
		assertFalse(name.diagnostics().isEmpty(), "an empty required name is an error");
		List<Label> messages = find(shell, Label.class, null).stream()
				.filter(label -> label.isVisible() && label.getText().equals(name.diagnostics().get(0).message())).toList();
		assertFalse(messages.isEmpty(), "the message shows under the field");
		text.setText("Sem de Vries");
		settle(view);
		assertEquals("Sem de Vries", name.value());
		assertTrue(name.diagnostics().isEmpty());
		view.form().session().commands().undo();
		settle(view);
		assertEquals("", text.getText(), "undo shows in the widget");
	}

	@Test
	void aFieldTakesNoMoreThanADocumentCanHoldAndSaysSo() throws Exception {
		// review #15: a value past Limits.MAX_VALUE_CHARS saved and then could not be opened again
		FormView view = view(Examples.file(Examples.DOCUMENT), TestFormats.example());
		ControlNode name = view.form().controls().stream().filter(control -> control.kind() == ValueKind.LONG_TEXT)
				.findFirst().orElseThrow(); // a long text: GTK keeps a one-line field under 65,535 characters anyway
		view.reveal(name);
		settle(view);
		Text text = find(shell, Text.class, name.path()).get(0);
		String note = "Deze tekst is 100.000 tekens lang, het maximum van één veld: meer wordt niet opgenomen.";
		assertTrue(find(shell, Label.class, null).stream().noneMatch(label -> label.isVisible() && label.getText().equals(note)));
		text.setText("x".repeat(nl.oppstudio.core.Limits.MAX_VALUE_CHARS + 10));
		settle(view);
		assertEquals(nl.oppstudio.core.Limits.MAX_VALUE_CHARS, text.getCharCount());
		assertEquals(nl.oppstudio.core.Limits.MAX_VALUE_CHARS, name.value().length());
		assertTrue(find(shell, Label.class, null).stream().anyMatch(label -> label.isVisible() && label.getText().equals(note)),
				"the note shows under the field");
		text.setText("Een korte tekst.");
		settle(view);
		assertTrue(find(shell, Label.class, null).stream().noneMatch(label -> label.isVisible() && label.getText().equals(note)));
	}

	@Test
	void aTableShowsItsRowsVirtually() throws Exception {
		FormView view = view(Examples.file(Examples.DOCUMENT), TestFormats.example());
		var table = view.form().root().children().stream().flatMap(p -> descendants(p).stream())
				.filter(n -> n instanceof nl.oppstudio.forms.RepeatNode r && r.isTable()).findFirst();
		if (table.isEmpty()) {
			return;
		}
		var repeat = (nl.oppstudio.forms.RepeatNode) table.get();
		view.reveal(repeat);
		settle(view);
		Table widget = find(shell, Table.class, repeat.path()).get(0);
		assertNotNull(widget);
		assertEquals(repeat.rows().size(), widget.getItemCount());
		repeat.addRow(-1);
		settle(view);
		assertEquals(repeat.rows().size(), widget.getItemCount());
		assertTrue((widget.getStyle() & SWT.VIRTUAL) != 0);
	}

	private static List<nl.oppstudio.forms.FormNode> descendants(nl.oppstudio.forms.FormNode node) {
		List<nl.oppstudio.forms.FormNode> all = new ArrayList<>();
		all.add(node);
		for (var child : node.children()) {
			all.addAll(descendants(child));
		}
		return all;
	}
}
