package nl.oppstudio.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeRole;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.ui.DiagramCanvas;
import nl.oppstudio.diagram.ui.DiagramView;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.GoalEdits;
import nl.oppstudio.document.GoalTree;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.editor.EditorWindow;
import nl.oppstudio.editor.internal.document.DocumentIds;
import nl.oppstudio.editor.internal.document.DocumentTab;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.testing.Examples;

/**
 * Issue 13, the diagram in the OPP Editor on an example document: beside the form, drawn, a node for the
 * uitstroomperspectief and for every goal and action; a click shows the goal's field in the form and
 * the focus on a field selects its node; an edit in the form changes the node; a goal added from the
 * context menu and named in place is in the saved file, and undo takes it away again; the arrow keys move
 * the selection.
 */
class DiagramEditorTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	@TempDir
	Path folder;
	private Display display;
	private EditorWindow window;

	@BeforeEach
	void open() throws Exception {
		try (Stream<Path> files = Files.list(Examples.directory())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		DocumentTab.useClock(Clock.fixed(LocalDateTime.parse("2026-10-05T10:00:00").atZone(ZONE).toInstant(), ZONE));
		display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		window = new EditorWindow();
		window.open(folder);
	}

	@AfterEach
	void close() {
		if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
			window.getShell().dispose();
		}
		DocumentTab.useClock(Clock.systemDefaultZone());
	}

	private DocumentTab tab(Path file) {
		CTabItem item = window.openDocument(file);
		settle();
		DocumentTab tab = DocumentTab.of(item.getControl()).orElseThrow();
		Ui.until(display, () -> tab.diagram() != null && tab.diagram().canvas().scene() != null
				&& tab.diagram().canvas().getClientArea().width > 0, 30, "het diagram staat naast het formulier");
		settle();
		return tab;
	}

	private void settle() {
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// run what is queued
			}
		}
	}

	private void press(String id) {
		Button button = Ui.find(window.getShell(), id, Button.class);
		assertNotNull(button, id);
		button.notifyListeners(SWT.Selection, new Event());
		settle();
	}

	private void click(DiagramCanvas canvas, Node node) {
		Rectangle box = canvas.bounds(node);
		Event event = new Event();
		event.x = box.x + box.width / 2;
		event.y = box.y + Math.min(box.height / 2, 10);
		event.button = 1;
		canvas.notifyListeners(SWT.MouseDown, event);
		canvas.notifyListeners(SWT.MouseUp, event);
		settle();
	}

	private static int count(List<GoalTree.Goal> goals) {
		int count = 0;
		for (GoalTree.Goal goal : goals) {
			count += 1 + goal.actions().size() + count(goal.goals());
		}
		return count;
	}

	/** The visible text field of the form whose path (or whose frame's path) is {@code path}. */
	private static Text field(Control control, String path) {
		if (control instanceof Text text && text.isVisible() && path.equals(pathOf(text))) {
			return text;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Text found = field(child, path);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String pathOf(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c.getData(FormView.PATH_KEY) instanceof String path) {
				return path;
			}
		}
		return null;
	}

	private static Node firstGoal(Scene scene) {
		return scene.nodes().stream().filter(node -> node.role() == NodeRole.GOAL).findFirst().orElseThrow();
	}

	private static Node lastGoal(Scene scene) {
		List<Node> goals = scene.nodes().stream().filter(node -> node.role() == NodeRole.GOAL).toList();
		return goals.get(goals.size() - 1);
	}

	@Test
	void theDiagramIsDrawnBesideTheFormWithANodePerGoalAndAction() {
		DocumentTab tab = tab(folder.resolve(Examples.DOCUMENT));
		DiagramView view = tab.diagram();
		assertTrue(view.control().isVisible(), "shown: the format has doelen");
		assertTrue(Ui.find(window.getShell(), DocumentIds.DIAGRAM, Button.class).getSelection());
		Scene scene = view.canvas().scene();
		GoalTree.Block block = GoalTree.of(tab.session().document()).get(0);
		int expected = 1 + count(block.goals()) + block.actions().size();
		assertEquals(expected, scene.nodes().size(), "the uitstroomperspectief, every goal and every action");

		DiagramCanvas canvas = view.canvas();
		Rectangle area = canvas.getClientArea();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(canvas);
		try {
			canvas.redraw();
			canvas.update();
			gc.copyArea(image, 0, 0);
			ImageData data = image.getImageData();
			Set<Integer> colours = new HashSet<>();
			for (int y = 0; y < data.height; y += 2) {
				for (int x = 0; x < data.width; x += 2) {
					colours.add(data.getPixel(x, y));
				}
			}
			assertTrue(colours.size() >= 4, "drawn, not blank: " + colours.size() + " colours");
		} finally {
			gc.dispose();
			image.dispose();
		}

		// the navigation of the form keeps its width (its page names not cut off); form and diagram share the rest
		org.eclipse.swt.widgets.Table pages = Ui.all(window.getShell(), org.eclipse.swt.widgets.Table.class)
				.stream().filter(control -> nl.oppstudio.forms.FormPane.PAGES.equals(control.getData(nl.oppstudio.forms.FormPane.KEY)))
				.findFirst().orElseThrow();
		assertTrue(pages.getSize().x >= tab.pane().navigationWidth() - 2,
				"the pages' list is " + pages.getSize().x + " px, wants " + tab.pane().navigationWidth());

		// the button hides it, and shows it again
		Button toggle = Ui.find(window.getShell(), DocumentIds.DIAGRAM, Button.class);
		toggle.setSelection(false);
		toggle.notifyListeners(SWT.Selection, new Event());
		settle();
		assertFalse(view.control().isVisible());
		toggle.setSelection(true);
		toggle.notifyListeners(SWT.Selection, new Event());
		settle();
		assertTrue(view.control().isVisible());
	}

	@Test
	void aClickShowsTheFieldAndAnEditInTheFormChangesTheNode() {
		DocumentTab tab = tab(folder.resolve(Examples.DOCUMENT));
		DiagramCanvas canvas = tab.diagram().canvas();
		Node goal = lastGoal(canvas.scene());
		click(canvas, goal);
		assertEquals(goal.id(), canvas.selection().id());
		Text text = field(window.getShell(), goal.path() + "/doel");
		assertNotNull(text, "the goal's field is shown in the form: " + goal.path());
		assertEquals(goal.text(), text.getText());

		text.setText("Sem vraagt zelf om hulp als hij vastloopt");
		settle();
		Ui.until(display, () -> !tab.diagram().refreshPending(), 10, "het diagram is bijgewerkt");
		assertEquals("Sem vraagt zelf om hulp als hij vastloopt", canvas.scene().node(goal.id()).text());

		// the focus on a field of another goal selects that goal's node
		Node first = firstGoal(canvas.scene());
		tab.pane().view().reveal(DiagramFormNodes.find(tab, first.path() + "/doel"));
		settle();
		assertEquals(first.id(), canvas.selection().id(), "the field's node is selected");
	}

	@Test
	void aGoalAddedAndNamedInTheDiagramIsSavedAndUndoTakesItAway() throws Exception {
		Path file = folder.resolve(Examples.DOCUMENT);
		DocumentTab tab = tab(file);
		DiagramCanvas canvas = tab.diagram().canvas();
		int before = canvas.scene().nodes().size();
		Node root = canvas.scene().nodes().get(0);
		assertEquals(NodeRole.OUTFLOW, root.role());
		Menu menu = canvas.menu(root);
		MenuItem add = null;
		for (MenuItem item : menu.getItems()) {
			if (item.getText().equals("Doel toevoegen")) {
				add = item;
			}
		}
		assertNotNull(add, "the menu of the uitstroomperspectief adds a goal");
		add.notifyListeners(SWT.Selection, new Event());
		settle();
		Ui.until(display, () -> canvas.editor() != null, 10, "het nieuwe doel wordt bewerkt");
		assertEquals(before + 1, canvas.scene().nodes().size());
		canvas.editor().setText("Sem leest elke dag een kwartier");
		Event enter = new Event();
		enter.detail = SWT.TRAVERSE_RETURN;
		canvas.editor().notifyListeners(SWT.Traverse, enter);
		settle();
		Ui.until(display, () -> !tab.diagram().refreshPending(), 10, "het diagram is bijgewerkt");
		assertNull(canvas.editor());
		assertTrue(canvas.scene().nodes().stream().anyMatch(node -> "Sem leest elke dag een kwartier".equals(node.text())));

		press(DocumentIds.SAVE);
		OppDocument saved = Documents.load(file, tab.session().document().format());
		assertTrue(GoalTree.allGoals(GoalTree.of(saved).get(0)).stream()
				.anyMatch(goal -> goal.text().equals("Sem leest elke dag een kwartier")), "in the saved file");

		press(DocumentIds.UNDO); // the name
		press(DocumentIds.UNDO); // the goal
		Ui.until(display, () -> !tab.diagram().refreshPending(), 10, "het diagram is bijgewerkt");
		assertEquals(before, canvas.scene().nodes().size(), "undo takes the goal away");
		assertFalse(GoalTree.allGoals(GoalTree.of(tab.session().document()).get(0)).stream()
				.anyMatch(goal -> goal.text().equals("Sem leest elke dag een kwartier")));
	}

	@Test
	void theArrowKeysMoveTheSelection() {
		DocumentTab tab = tab(folder.resolve(Examples.DOCUMENT));
		DiagramCanvas canvas = tab.diagram().canvas();
		Node root = canvas.scene().nodes().get(0);
		canvas.select(root);
		Event down = new Event();
		down.keyCode = SWT.ARROW_DOWN;
		canvas.notifyListeners(SWT.KeyDown, down);
		settle();
		assertEquals(root, canvas.selection().parent(), "down: the first goal under the uitstroomperspectief");
		Event up = new Event();
		up.keyCode = SWT.ARROW_UP;
		canvas.notifyListeners(SWT.KeyDown, up);
		settle();
		assertEquals(root.id(), canvas.selection().id());
	}

	private static MenuItem item(Menu menu, String text) {
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").startsWith(text)) {
				return item;
			}
		}
		throw new AssertionError("geen menu-item " + text);
	}

	@Test
	void anActionIsAddedForAnActorAndMovedToAnotherGoalFromTheMenu() throws Exception {
		// Eva's plan: one goal for the end of the year, two short-term goals under it, each with actions;
		// her format's actions also by leraren (named "Leraren/team" in the form)
		Path format = folder.resolve("revius-wijk-opp-light.oppformat");
		String source = Files.readString(format);
		assertTrue(source.contains("acties door leerling, school, ouders\n"));
		Files.writeString(format, source.replace("acties door leerling, school, ouders\n", "acties door leerling, school, ouders, leraren\n"));
		DocumentTab tab = tab(folder.resolve("revius-wijk-opp-light-eva.opp"));
		DiagramCanvas canvas = tab.diagram().canvas();
		List<Node> lastLevel = canvas.scene().nodes().stream()
				.filter(node -> node.role() == NodeRole.GOAL && canvas.scene().nodes().stream()
						.anyMatch(child -> child.parent() == node && child.role() == NodeRole.ACTION))
				.toList();
		assertEquals(2, lastLevel.size(), "two short-term goals with actions");
		Node first = lastLevel.get(0);
		Node second = lastLevel.get(1);

		// Actie toevoegen ▸ Ouders under the first short-term goal, named in place
		Menu menu = canvas.menu(first);
		Menu actors = item(menu, "Actie toevoegen").getMenu();
		assertNotNull(actors, "a submenu per actor");
		// named as the form names them (the schema's labels, "Leraren/team"), not by their codes
		List<nl.oppstudio.format.model.Actor> formatActors = GoalTree.of(tab.session().document()).get(0).element().getActors();
		List<String> expectedActors = (formatActors.isEmpty() ? nl.oppstudio.format.model.Actor.VALUES : formatActors).stream()
				.map(GoalTree::actorLabel).toList();
		assertEquals(expectedActors, Stream.of(actors.getItems()).map(MenuItem::getText).toList());
		MenuItem parents = item(actors, "Ouders");
		int before = canvas.scene().nodes().size();
		parents.notifyListeners(SWT.Selection, new Event());
		settle();
		Ui.until(display, () -> canvas.editor() != null, 10, "de nieuwe actie wordt bewerkt");
		canvas.editor().setText("Ouders lezen de planning mee");
		Event enter = new Event();
		enter.detail = SWT.TRAVERSE_RETURN;
		canvas.editor().notifyListeners(SWT.Traverse, enter);
		settle();
		Ui.until(display, () -> !tab.diagram().refreshPending(), 10, "het diagram is bijgewerkt");
		assertEquals(before + 1, canvas.scene().nodes().size());
		Node added = canvas.scene().nodes().stream().filter(node -> "Ouders lezen de planning mee".equals(node.text()))
				.findFirst().orElseThrow();
		assertEquals(first.id(), added.parent().id());
		assertEquals(NodeRole.ACTION, added.role());

		// Verplaatsen naar doel ▸ the second short-term goal
		Menu goals = item(canvas.menu(added), "Verplaatsen naar doel").getMenu();
		assertEquals(1, goals.getItemCount(), "the other last-level goal");
		goals.getItem(0).notifyListeners(SWT.Selection, new Event());
		settle();
		Ui.until(display, () -> !tab.diagram().refreshPending(), 10, "het diagram is bijgewerkt");
		Node moved = canvas.scene().nodes().stream().filter(node -> "Ouders lezen de planning mee".equals(node.text()))
				.findFirst().orElseThrow();
		assertEquals(second.id(), moved.parent().id(), "now under the second goal");
		GoalTree.Goal target = GoalTree.allGoals(GoalTree.of(tab.session().document()).get(0)).stream()
				.filter(goal -> goal.row() == second.element()).findFirst().orElseThrow();
		assertTrue(target.actions().stream().anyMatch(action -> action.text().equals("Ouders lezen de planning mee")
				&& "ouders".equals(action.actor())), "in the document, for the ouders");

		// Delete asks first (Ja), and removes the action
		Dialogs.when(display, "Verwijderen", shell -> Dialogs.press(shell, "Ja"));
		canvas.select(moved);
		Event delete = new Event();
		delete.keyCode = SWT.DEL;
		canvas.notifyListeners(SWT.KeyDown, delete);
		settle();
		Ui.until(display, () -> !tab.diagram().refreshPending(), 10, "het diagram is bijgewerkt");
		assertEquals(before, canvas.scene().nodes().size(), "removed");
	}

	private void refreshed(DocumentTab tab) {
		settle();
		Ui.until(display, () -> !tab.diagram().refreshPending(), 10, "het diagram is bijgewerkt");
		settle();
	}

	private static void enter(Text editor) {
		Event enter = new Event();
		enter.detail = SWT.TRAVERSE_RETURN;
		editor.notifyListeners(SWT.Traverse, enter);
	}

	@Test
	void anInPlaceEditStaysWithItsGoalWhenAGoalAboveItIsRemoved() {
		DocumentTab tab = tab(folder.resolve(Examples.DOCUMENT));
		OppDocument document = tab.session().document();
		DiagramCanvas canvas = tab.diagram().canvas();
		// at least three goals side by side: edit the middle one, remove the one before it
		for (String text : List.of("Sem rekent tot honderd", "Sem schrijft een verhaal")) {
			tab.session().execute(GoalEdits.addGoal(tab.session().domain(), document, GoalTree.of(document).get(0), text));
		}
		refreshed(tab);
		List<GoalTree.Goal> goals = GoalTree.of(document).get(0).goals();
		assertTrue(goals.size() >= 3);
		GoalTree.Goal edited = goals.get(goals.size() - 2);
		GoalTree.Goal after = goals.get(goals.size() - 1);
		GoalTree.Goal before = goals.get(goals.size() - 3);
		canvas.edit(canvas.scene().nodeOf(edited.row()));
		assertNotNull(canvas.editor());
		canvas.editor().setText("Sem vraagt om hulp");

		tab.session().execute(GoalEdits.remove(tab.session().domain(), before));
		refreshed(tab);
		assertNotNull(canvas.editor(), "still editing: the goal is there");
		enter(canvas.editor());
		refreshed(tab);

		List<GoalTree.Goal> now = GoalTree.of(document).get(0).goals();
		String editedText = now.stream().filter(goal -> goal.row() == edited.row()).findFirst().orElseThrow().text();
		String afterText = now.stream().filter(goal -> goal.row() == after.row()).findFirst().orElseThrow().text();
		assertEquals("Sem vraagt om hulp", editedText, "the text lands in the goal being edited");
		assertEquals("Sem schrijft een verhaal", afterText, "not in its neighbour, which took its place in the rows");
	}

	@Test
	void anInPlaceEditIsCancelledWhenItsGoalIsRemoved() {
		DocumentTab tab = tab(folder.resolve(Examples.DOCUMENT));
		OppDocument document = tab.session().document();
		DiagramCanvas canvas = tab.diagram().canvas();
		tab.session().execute(GoalEdits.addGoal(tab.session().domain(), document, GoalTree.of(document).get(0), "Sem rekent"));
		tab.session().execute(GoalEdits.addGoal(tab.session().domain(), document, GoalTree.of(document).get(0), "Sem schrijft"));
		refreshed(tab);
		List<GoalTree.Goal> goals = GoalTree.of(document).get(0).goals();
		GoalTree.Goal edited = goals.get(goals.size() - 2);
		canvas.edit(canvas.scene().nodeOf(edited.row()));
		canvas.editor().setText("Sem vraagt om hulp");
		tab.session().execute(GoalEdits.remove(tab.session().domain(), edited));
		refreshed(tab);
		assertNull(canvas.editor(), "the goal is gone, so is its edit");
		assertEquals("Sem schrijft", GoalTree.of(document).get(0).goals().get(goals.size() - 2).text());
	}

	@Test
	void aGoalOnSeveralLinesKeepsItsLineBreaksInPlace() {
		DocumentTab tab = tab(folder.resolve(Examples.DOCUMENT));
		OppDocument document = tab.session().document();
		DiagramCanvas canvas = tab.diagram().canvas();
		GoalTree.Goal goal = GoalTree.of(document).get(0).goals().get(0);
		tab.session().execute(GoalEdits.setGoalText(tab.session().domain(), goal, "Sem leest zelf\nen vertelt erover"));
		refreshed(tab);
		Object lastCommand = tab.session().commands().getUndoCommand();

		// opened and left without a change: nothing is written, the line break stays
		canvas.edit(canvas.scene().nodeOf(goal.row()));
		assertEquals("Sem leest zelf\nen vertelt erover", canvas.editor().getText().replace("\r\n", "\n"), "both lines in the editor");
		assertTrue((canvas.editor().getStyle() & SWT.MULTI) != 0);
		canvas.commitEdit();
		refreshed(tab);
		assertEquals(lastCommand, tab.session().commands().getUndoCommand(), "no command: the text was not changed");
		assertEquals("Sem leest zelf\nen vertelt erover", textOf(document, goal));

		// Shift+Enter starts a new line, Enter keeps the text
		canvas.edit(canvas.scene().nodeOf(goal.row()));
		Text editor = canvas.editor();
		editor.setText("Sem leest zelf");
		editor.setSelection(editor.getText().length());
		Event shiftEnter = new Event();
		shiftEnter.keyCode = SWT.CR;
		shiftEnter.stateMask = SWT.SHIFT;
		editor.notifyListeners(SWT.KeyDown, shiftEnter);
		assertNotNull(canvas.editor(), "still editing after Shift+Enter");
		editor.insert("elke dag");
		enter(editor);
		refreshed(tab);
		assertNull(canvas.editor());
		assertEquals("Sem leest zelf\nelke dag", textOf(document, goal));
	}

	private static String textOf(OppDocument document, GoalTree.Goal goal) {
		return GoalTree.allGoals(GoalTree.of(document).get(0)).stream().filter(each -> each.row() == goal.row()).findFirst()
				.orElseThrow().text();
	}

	@Test
	void theFirstGoalOfAnEmptyBlockIsNamedInPlace() throws Exception {
		// a new document: no goals, not even the section they are in
		OppDocument empty = Documents.create(tab(folder.resolve(Examples.DOCUMENT)).session().document().format());
		assertNull(GoalTree.of(empty).get(0).object());
		Path file = folder.resolve("nieuw.opp");
		Documents.save(empty, file);
		DocumentTab tab = tab(file);
		DiagramCanvas canvas = tab.diagram().canvas();
		Node root = canvas.scene().nodes().get(0);
		assertEquals(NodeRole.OUTFLOW, root.role());
		item(canvas.menu(root), "Doel toevoegen").notifyListeners(SWT.Selection, new Event());
		settle();
		Ui.until(display, () -> canvas.editor() != null, 10, "het eerste doel wordt bewerkt");
		canvas.editor().setText("Sem leest eind juni op AVI-niveau E4.");
		enter(canvas.editor());
		refreshed(tab);
		assertEquals("Sem leest eind juni op AVI-niveau E4.", GoalTree.of(tab.session().document()).get(0).goals().get(0).text());
	}

	@Test
	void everyGoalsBlockCanBeChosenAndEditedInTheDiagram() {
		// the Handreiking's example has several doelen blocks (one per area of development)
		DocumentTab tab = tab(folder.resolve("handreiking-voorbeeld-opp-fatima.opp"));
		DiagramView view = tab.diagram();
		List<GoalTree.Block> blocks = GoalTree.of(tab.session().document());
		assertTrue(blocks.size() > 1, "several doelen blocks");
		org.eclipse.swt.widgets.Combo chooser = view.chooser();
		assertTrue(chooser.isVisible(), "a chooser when there are several");
		assertEquals(blocks.size(), chooser.getItemCount());
		assertEquals(0, chooser.getSelectionIndex());

		chooser.select(1);
		chooser.notifyListeners(SWT.Selection, new Event());
		settle();
		Node root = view.canvas().scene().nodes().get(0);
		assertEquals(NodeRole.OUTFLOW, root.role());
		GoalTree.Block second = blocks.get(1);
		int goals = GoalTree.allGoals(second).size();
		assertEquals(1 + goals + GoalTree.allGoals(second).stream().mapToInt(goal -> goal.actions().size()).sum()
				+ second.actions().size(), view.canvas().scene().nodes().size(), "the second block's goals");

		// "Wat doet de school" has no levels: an action added on its uitstroomperspectief goes into that block
		assertTrue(second.element().getLevels().isEmpty());
		int actions = second.actions().size();
		Menu actors = item(view.canvas().menu(root), "Actie toevoegen").getMenu();
		item(actors, "School").notifyListeners(SWT.Selection, new Event());
		settle();
		Ui.until(display, () -> view.canvas().editor() != null, 10, "de nieuwe actie wordt bewerkt");
		assertEquals(actions + 1, GoalTree.of(tab.session().document()).get(1).actions().size());
		assertEquals(blocks.get(0).actions().size(), GoalTree.of(tab.session().document()).get(0).actions().size());
	}
}
