package nl.oppstudio.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.document.UitstroomAdvice;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.FactorsBlock;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.GoalsBlock;
import nl.oppstudio.format.model.OogoBlock;
import nl.oppstudio.format.model.OutflowBlock;
import nl.oppstudio.format.model.PersonType;
import nl.oppstudio.format.model.PupilViewBlock;
import nl.oppstudio.format.model.SignaturesBlock;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.Form;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormSession;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.RepeatNode;
import nl.oppstudio.forms.internal.CompactBlocks;
import nl.oppstudio.forms.internal.CycleRenderer;
import nl.oppstudio.forms.internal.DutchDates;
import nl.oppstudio.forms.internal.FactorsRenderer;
import nl.oppstudio.forms.internal.GoalsRenderer;
import nl.oppstudio.forms.internal.OutflowRenderer;
import nl.oppstudio.forms.internal.SignaturesRenderer;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;
import nl.oppstudio.forms.spi.Renderers;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.TestFormats;

/**
 * The domain blocks in forms that fit them (issue 12): factoren as a grid, doelen as a tree, the cycle as
 * dated phases with their deadlines, uitstroom with its advice, ondertekening, hoorrecht, OOGO, a person
 * and a consent. Each test renders a block of an example document under Xvfb, checks that the widgets
 * show the document's values, edits one through its widget, and checks that undo restores it.
 */
class FormBlocksTest {

	private static final LocalDate AT = LocalDate.of(2026, 11, 30);

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

	// --- helpers, shared with BlockScreenshotsTest

	private FormView view(String document) throws Exception {
		Map.Entry<Path, Format> example = ExampleDocuments.documents().entrySet().stream()
				.filter(entry -> entry.getKey().getFileName().toString().equals(document)).findFirst().orElseThrow();
		FormSession session = new FormSession(Documents.load(example.getKey(), example.getValue()), example.getKey());
		session.setDate(AT);
		FormView view = new FormView(shell, Form.of(session), Renderers.standard());
		shell.open();
		return view;
	}

	/** The node at a path (a control, a block, a repeating group). */
	static FormNode node(Form form, String path) {
		List<FormNode> all = new ArrayList<>();
		collect(form.root(), all);
		return all.stream().filter(node -> node.path().equals(path)).findFirst()
				.orElseThrow(() -> new AssertionError("no node " + path));
	}

	private static void collect(FormNode node, List<FormNode> into) {
		into.add(node);
		for (FormNode child : node.children()) {
			collect(child, into);
		}
	}

	/** Scrolls the page so that the block of {@code node} is at the top (for pictures). */
	static void scrollTo(FormView view, FormNode node) {
		Control first = firstWithin(view.control(), node.path());
		if (first == null) {
			return;
		}
		for (Control current = first; current != null; current = current.getParent()) {
			if (current instanceof ScrolledComposite scrolled) {
				Point location = scrolled.getContent().toControl(first.toDisplay(0, 0));
				scrolled.setOrigin(0, Math.max(0, location.y - 70));
				return;
			}
		}
	}

	private static Control firstWithin(Control root, String path) {
		Object key = root.getData(FormView.PATH_KEY);
		if (key instanceof String string && (string.equals(path) || string.startsWith(path + "/")
				|| string.startsWith(path + "#")) && root.isVisible()) {
			return root;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = firstWithin(child, path);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private void settle(FormView view) {
		do {
			while (display.readAndDispatch()) {
				// run what is queued
			}
		} while (view.updatePending());
	}

	private <T extends Control> T one(Class<T> type, String path) {
		List<T> found = FormViewTest.find(shell, type, path);
		assertEquals(1, found.size(), path + ": " + found);
		return found.get(0);
	}

	private void show(FormView view, String path) {
		view.showPage(view.form().pageOf(node(view.form(), path)));
		settle(view);
	}

	private static void type(Text text, String value) {
		text.setText(value);
		text.notifyListeners(SWT.FocusOut, new Event());
	}

	private static void click(Button button) {
		if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
			button.setSelection(!button.getSelection() || (button.getStyle() & SWT.RADIO) != 0);
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Button button(Control root, String text) {
		List<Button> found = FormViewTest.find(root, Button.class, null).stream().filter(b -> b.getText().equals(text)).toList();
		assertEquals(1, found.size(), text);
		return found.get(0);
	}

	private static List<String> labels(Control root) {
		return FormViewTest.find(root, Label.class, null).stream().filter(Control::isVisible).map(Label::getText).toList();
	}

	private static int top(Control control) {
		return control.toDisplay(0, 0).y;
	}

	/** Whether two inputs start on one line (a single-line and a multi-line text differ by their borders). */
	private static void sameLine(Control first, Control second, String message) {
		assertTrue(Math.abs(top(first) - top(second)) <= 4, message + ": " + top(first) + " and " + top(second));
	}

	private static int left(Control control) {
		return control.toDisplay(0, 0).x;
	}

	// --- factoren

	/** Wettelijk minimum (seed 001, 5.1): "bevorderende en belemmerende factoren" of leerling, onderwijs and thuis. */
	@Test
	void factorsAreAGridOfAreasByPromotingAndHindering() throws Exception {
		FormView view = view("sem-de-vries.opp");
		show(view, "factoren");
		OppDocument document = view.form().session().document();
		Text pupilPromoting = one(Text.class, "factoren/leerlingBevorderend");
		Text pupilHindering = one(Text.class, "factoren/leerlingBelemmerend");
		Text schoolPromoting = one(Text.class, "factoren/onderwijsBevorderend");
		Text homeHindering = one(Text.class, "factoren/thuisBelemmerend");
		assertEquals(document.value("factoren/leerlingBevorderend").orElseThrow(), pupilPromoting.getText());
		assertEquals(document.value("factoren/thuisBelemmerend").orElseThrow(), homeHindering.getText());
		// a row per area, a column per kind
		sameLine(pupilPromoting, pupilHindering, "an area is a row");
		assertTrue(left(pupilPromoting) < left(pupilHindering));
		assertEquals(left(pupilPromoting), left(schoolPromoting));
		assertTrue(top(schoolPromoting) > top(pupilPromoting));
		List<String> labels = labels(view.control());
		assertTrue(labels.containsAll(List.of("Bevorderend", "Belemmerend", "Leerling *", "Onderwijs *", "Thuis *")), labels.toString());
		assertTrue((pupilPromoting.getStyle() & SWT.MULTI) != 0, "a long text that grows");

		String before = pupilPromoting.getText();
		type(pupilPromoting, "Sem is nieuwsgierig.");
		settle(view);
		assertEquals("Sem is nieuwsgierig.", document.value("factoren/leerlingBevorderend").orElseThrow());
		view.form().session().commands().undo();
		settle(view);
		assertEquals(before, document.value("factoren/leerlingBevorderend").orElseThrow());
		assertEquals(before, pupilPromoting.getText(), "undo shows in the grid");
		assertFalse(view.form().session().dirty());
	}

	@Test
	void aReadOnlyGridCannotBeChanged() throws Exception {
		FormView view = view("sem-de-vries.opp");
		show(view, "factoren");
		view.form().session().setReadOnly(true);
		view.form().update();
		settle(view);
		Text cell = one(Text.class, "factoren/thuisBevorderend");
		assertFalse(cell.getEditable());
		String before = cell.getText();
		type(cell, "iets anders");
		settle(view);
		assertEquals(before, view.form().session().document().value("factoren/thuisBevorderend").orElseThrow());
		assertFalse(view.form().session().dirty());
	}

	// --- doelen

	/**
	 * DOMAIN.md, the goal hierarchy: "lange-termijndoelen (end of school year) → korte-termijn-/tussendoelen
	 * (mid-year) → acties/afspraken per actor (leerling, school/leraren, ouders, externe hulpverlening) with
	 * 'how do we know it worked?'".
	 */
	@Test
	void goalsAreATreeOfLevelsAndActionsPerActor() throws Exception {
		FormView view = view("sem-de-vries.opp");
		show(view, "handelingsdeel/doelen");
		Tree tree = one(Tree.class, "handelingsdeel/doelen" + GoalsRenderer.TREE);
		assertEquals(1, tree.getItemCount());
		TreeItem longTerm = tree.getItem(0);
		assertEquals("Sem leest eind juni op AVI-niveau E4 en…", longTerm.getText());
		TreeItem shortTerm = longTerm.getItem(0);
		assertEquals("Sem leest in januari op AVI-niveau M4.", shortTerm.getText());
		List<String> actors = List.of(shortTerm.getItems()).stream().map(TreeItem::getText).toList();
		assertEquals(List.of("Leerling (0)", "School (1)", "Ouders (1)"), actors);
		TreeItem school = shortTerm.getItem(1);
		assertEquals("Vier keer per week 20 minuten…", school.getItem(0).getText());
		assertEquals("Vijf keer per week 15 minuten samen…", shortTerm.getItem(2).getItem(0).getText());

		// the first goal is selected and edited beside the tree
		Text goal = one(Text.class, "handelingsdeel/doelen/langeTermijn[1]/doel");
		assertTrue(goal.getText().startsWith("Sem leest eind juni"));
		// Enter in the tree goes to the first field
		tree.setFocus();
		tree.notifyListeners(SWT.DefaultSelection, new Event());
		assertSame(goal, display.getFocusControl());

		// selecting an action shows its fields: who, what, and how we know it worked
		select(tree, school.getItem(0));
		settle(view);
		Text action = one(Text.class, "handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/acties[1]/actie");
		assertEquals("Vier keer per week 20 minuten RALFI-lezen met de remedial teacher.", action.getText());
		assertEquals("AVI-toets in januari en juni.", one(Text.class, "handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/acties[1]/criterium").getText());
		List<Button> who = FormViewTest.find(shell, Button.class, "handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/acties[1]/door");
		assertEquals(List.of("School"), who.stream().filter(Button::getSelection).map(Button::getText).toList());
		assertTrue(FormViewTest.find(shell, Text.class, "handelingsdeel/doelen/langeTermijn[1]/doel").isEmpty(), "one part at a time");

		OppDocument document = view.form().session().document();
		type(action, "Drie keer per week RALFI-lezen.");
		settle(view);
		assertEquals("Drie keer per week RALFI-lezen.", document.value("handelingsdeel/doelen/langeTermijn/korteTermijn/acties/actie").orElseThrow());
		assertEquals("Drie keer per week RALFI-lezen.", tree.getItem(0).getItem(0).getItem(1).getItem(0).getText(),
				"the tree follows the text");
		view.form().session().commands().undo();
		settle(view);
		assertEquals("Vier keer per week 20 minuten RALFI-lezen met de remedial teacher.",
				document.value("handelingsdeel/doelen/langeTermijn/korteTermijn/acties/actie").orElseThrow());
		assertEquals("Vier keer per week 20 minuten RALFI-lezen met de remedial teacher.", action.getText());
		assertFalse(view.form().session().dirty());

		// another actor: the action moves to that actor in the tree and stays selected
		who.get(1).setSelection(false);
		click(who.get(0));
		settle(view);
		assertEquals("leerling", document.value("handelingsdeel/doelen/langeTermijn/korteTermijn/acties/door").orElseThrow());
		List<String> regrouped = List.of(tree.getItem(0).getItem(0).getItems()).stream().map(TreeItem::getText).toList();
		assertEquals(List.of("Leerling (1)", "School (0)", "Ouders (1)"), regrouped);
		assertEquals("Vier keer per week 20 minuten…", tree.getSelection()[0].getText());
		assertTrue(groupTitles().contains("Actie door leerling"), groupTitles().toString());
		view.form().session().commands().undo();
		settle(view);
		assertEquals("School (1)", tree.getItem(0).getItem(0).getItem(1).getText());
	}

	private List<String> groupTitles() {
		return FormViewTest.find(shell, Group.class, null).stream().map(Group::getText).toList();
	}

	private static void select(Tree tree, TreeItem item) {
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
	}

	@Test
	void actionsAreAddedForTheSelectedActorMovedAndRemovedAsOneStepOfUndoEach() throws Exception {
		FormView view = view("sem-de-vries.opp");
		show(view, "handelingsdeel/doelen");
		FormSession session = view.form().session();
		RepeatNode actions = (RepeatNode) node(view.form(), "handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/acties");
		Tree tree = one(Tree.class, "handelingsdeel/doelen" + GoalsRenderer.TREE);
		TreeItem parents = tree.getItem(0).getItem(0).getItem(2);
		assertEquals("Ouders (1)", parents.getText());
		select(tree, parents);
		settle(view);
		Button add = button(tree.getParent(), "Actie toevoegen");
		click(add);
		settle(view);
		assertEquals(3, actions.rows().size());
		ContainerNode added = actions.rows().get(2);
		assertEquals("ouders", ((ControlNode) added.children().get(0)).value(), "the action is for the selected actor");
		assertEquals("Ouders (2)", tree.getItem(0).getItem(0).getItem(2).getText());
		assertEquals("(nieuwe actie)", tree.getSelection()[0].getText(), "the new action is selected");
		Text text = one(Text.class, "handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/acties[3]/actie");
		assertSame(text, display.getFocusControl(), "and its first text has the focus");
		type(text, "Samen naar de bibliotheek.");
		settle(view);

		// move it above the other action of the parents, then remove it
		click(button(tree.getParent(), "Omhoog"));
		settle(view);
		assertEquals("Samen naar de bibliotheek.", ((ControlNode) actions.rows().get(1).children().get(1)).value());
		assertEquals("Samen naar de bibliotheek.", tree.getSelection()[0].getText(), "the moved action stays selected");
		click(button(tree.getParent(), "Verwijderen"));
		settle(view);
		assertEquals(2, actions.rows().size());

		session.commands().undo();
		settle(view);
		assertEquals(3, actions.rows().size(), "undo brings the action back");
		session.commands().undo();
		session.commands().undo();
		session.commands().undo();
		settle(view);
		assertEquals(2, actions.rows().size());
		assertFalse(session.dirty(), "add, type, move and remove: four steps, all undone");
		assertEquals("Ouders (1)", tree.getItem(0).getItem(0).getItem(2).getText());
	}

	@Test
	void theTreeIsUsedByKeyboardAndMarksAnActionWithAnError() throws Exception {
		FormView view = view("sem-de-vries.opp");
		show(view, "handelingsdeel/doelen");
		FormSession session = view.form().session();
		Tree tree = one(Tree.class, "handelingsdeel/doelen" + GoalsRenderer.TREE);
		select(tree, tree.getItem(0).getItem(0).getItem(0));
		settle(view);
		key(tree, SWT.INSERT);
		settle(view);
		TreeItem added = tree.getSelection()[0];
		assertEquals("(nieuwe actie)", added.getText());
		assertEquals("Leerling (1)", added.getParentItem().getText());
		// what the action is, is required: the new action is marked until it is filled in
		assertEquals(display.getSystemColor(SWT.COLOR_RED), added.getForeground(0));
		tree.setFocus();
		key(tree, SWT.DEL);
		settle(view);
		assertEquals("Leerling (0)", tree.getItem(0).getItem(0).getItem(0).getText());
		session.commands().undo();
		session.commands().undo();
		settle(view);
		assertFalse(session.dirty());
	}

	private static void key(Control control, int keyCode) {
		Event event = new Event();
		event.keyCode = keyCode;
		control.notifyListeners(SWT.KeyDown, event);
	}

	@Test
	void aJumpToAnActionSelectsItInTheTree() throws Exception {
		FormView view = view("sem-de-vries.opp");
		ControlNode criterion = (ControlNode) node(view.form(), "handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/acties[2]/criterium");
		assertTrue(view.reveal(criterion));
		settle(view);
		Tree tree = one(Tree.class, "handelingsdeel/doelen" + GoalsRenderer.TREE);
		assertEquals("Vijf keer per week 15 minuten samen…", tree.getSelection()[0].getText());
		assertSame(one(Text.class, "handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/acties[2]/criterium"), display.getFocusControl());
	}

	/**
	 * Issue 13: several goals per level, short-term goals under a long-term goal, actions under the goal they
	 * serve; a goal's details are its text, domain and evaluation.
	 */
	@Test
	void nestedGoalsAreAddedAtTheirLevelWithSubGoalsAndMoved() throws Exception {
		FormView view = view("revius-wijk-opp-tim.opp");
		show(view, "handelingsdeel/doelen");
		FormSession session = view.form().session();
		OppDocument document = session.document();
		Tree tree = one(Tree.class, "handelingsdeel/doelen" + GoalsRenderer.TREE);
		assertEquals(3, tree.getItemCount(), "three long-term goals");
		assertEquals(2, tree.getItem(1).getItemCount(), "two short-term goals under the second");
		assertEquals("School (1)", tree.getItem(1).getItem(1).getItem(1).getText());
		assertEquals("Hulpverlening (1)", tree.getItem(1).getItem(1).getItem(3).getText());

		select(tree, tree.getItem(1));
		settle(view);
		assertEquals("Tim verlaat het lokaal niet meer zonder…", tree.getItem(1).getText());
		List<Button> domain = FormViewTest.find(shell, Button.class, "handelingsdeel/doelen/langeTermijn[2]/domein");
		if (domain.isEmpty()) {
			assertEquals("Gedrag", one(org.eclipse.swt.widgets.Combo.class, "handelingsdeel/doelen/langeTermijn[2]/domein").getText());
		} else {
			assertEquals(List.of("Gedrag"), domain.stream().filter(Button::getSelection).map(Button::getText).toList());
		}
		assertFalse(FormViewTest.find(shell, Button.class, "handelingsdeel/doelen/langeTermijn[2]/evaluatie").isEmpty()
				&& FormViewTest.find(shell, org.eclipse.swt.widgets.Combo.class, "handelingsdeel/doelen/langeTermijn[2]/evaluatie")
						.isEmpty(), "the evaluation is edited with the goal");

		key(tree, SWT.INSERT);
		settle(view);
		assertEquals(4, tree.getItemCount());
		assertEquals("Doelen einde schooljaar (nog leeg)", tree.getItem(2).getText(), "added beside the selected goal");
		type(one(Text.class, "handelingsdeel/doelen/langeTermijn[3]/doel"), "Tim kiest in april zijn profiel.");
		settle(view);
		tree.setFocus();
		Event ctrlInsert = new Event();
		ctrlInsert.keyCode = SWT.INSERT;
		ctrlInsert.stateMask = SWT.MOD1;
		tree.notifyListeners(SWT.KeyDown, ctrlInsert);
		settle(view);
		assertEquals(1, tree.getItem(2).getItemCount(), "a short-term goal under the new one");
		assertEquals(1, OppDocument.objects(((ContainerNode) node(view.form(), "handelingsdeel/doelen/langeTermijn[3]")).object(),
				((RepeatNode) node(view.form(), "handelingsdeel/doelen/langeTermijn[3]/korteTermijn")).branch()).size());

		select(tree, tree.getItem(2));
		settle(view);
		click(button(tree.getParent(), "Omhoog"));
		settle(view);
		assertEquals("Tim kiest in april zijn profiel.", tree.getItem(1).getText());
		assertEquals("Tim kiest in april zijn profiel.", tree.getSelection()[0].getText(), "the moved goal stays selected");
		assertEquals("Tim kiest in april zijn profiel.",
				document.value("handelingsdeel/doelen/langeTermijn/doel").isPresent()
						? ((ControlNode) node(view.form(), "handelingsdeel/doelen/langeTermijn[2]/doel")).value() : null);
		click(button(tree.getParent(), "Verwijderen"));
		settle(view);
		assertEquals(3, tree.getItemCount());
		for (int i = 0; i < 5; i++) {
			session.commands().undo(); // remove, move, sub-goal, text, goal
		}
		settle(view);
		assertFalse(session.dirty());
		assertEquals(3, tree.getItemCount());
	}

	@Test
	void aReadOnlyTreeOffersNoEdits() throws Exception {
		FormView view = view("sem-de-vries.opp");
		view.form().session().setReadOnly(true);
		show(view, "handelingsdeel/doelen");
		view.form().update();
		settle(view);
		Tree tree = one(Tree.class, "handelingsdeel/doelen" + GoalsRenderer.TREE);
		for (String name : List.of("Doel toevoegen", "Subdoel toevoegen", "Actie toevoegen", "Verwijderen", "Omhoog", "Omlaag")) {
			assertFalse(button(tree.getParent(), name).isEnabled(), name);
		}
		assertFalse(one(Text.class, "handelingsdeel/doelen/langeTermijn[1]/doel").getEditable());
	}

	@Test
	void aGoalsBlockWithActionsOnlyShowsTheActorsAtTheTop() throws Exception {
		FormView view = view("handreiking-voorbeeld-opp-fatima.opp");
		show(view, "handelingsdeel/afspraken/ouders");
		Tree tree = one(Tree.class, "handelingsdeel/afspraken/ouders" + GoalsRenderer.TREE);
		List<String> roots = List.of(tree.getItems()).stream().map(TreeItem::getText).map(t -> t.replaceAll(" \\(\\d+\\)", ""))
				.toList();
		assertEquals(List.of("Ouders", "School"), roots);
	}

	// --- the cycle

	/**
	 * Seeds 001/002: the board adopts the OPP "within 6 weeks" after enrolment; the deadlines are those of
	 * {@link Planning} at the session's date, and follow the dates as they are typed.
	 */
	@Test
	void theCycleShowsEachPhaseWithItsDateAndThePlanningsDeadline() throws Exception {
		FormView view = view("sem-de-vries.opp");
		show(view, "cyclus");
		OppDocument document = view.form().session().document();
		assertEquals("09-10-2026", one(Text.class, "cyclus/vaststelling").getText());
		assertEquals("16-10-2026", one(Text.class, "cyclus/registratie").getText());
		assertEquals("", one(Text.class, "cyclus/tussenevaluatie").getText());
		List<Planning.Due> pending = Planning.pending(document, AT);
		assertFalse(pending.isEmpty());
		for (Planning.Due due : pending) {
			Label deadline = one(Label.class, "cyclus/" + due.phase().getName() + CycleRenderer.DEADLINE);
			assertEquals("uiterlijk " + DutchDates.shown(due.date().toString()), deadline.getText());
		}
		Label adoption = one(Label.class, "cyclus/vaststelling" + CycleRenderer.DEADLINE);
		assertEquals("gedaan, op tijd", adoption.getText());
		List<String> labels = labels(view.control());
		assertTrue(labels.containsAll(List.of("Vaststelling", "Voortgangsgesprek", "bevoegd gezag", "leerkracht, met ouders")),
				labels.toString());

		// no adoption date: six weeks after the start date (1 September) have passed on 30 November
		Text date = one(Text.class, "cyclus/vaststelling");
		type(date, "");
		settle(view);
		assertEquals("te laat: uiterlijk 13-10-2026", adoption.getText());
		assertEquals(display.getSystemColor(SWT.COLOR_RED), adoption.getForeground());
		// adopted after the deadline
		type(date, "20-10-2026");
		settle(view);
		assertEquals("2026-10-20", document.value("cyclus/vaststelling").orElseThrow());
		assertEquals("gedaan, 7 dagen na de termijn (13-10-2026)", adoption.getText());
		assertEquals(display.getSystemColor(SWT.COLOR_RED), adoption.getForeground());
		view.form().session().commands().undo();
		view.form().session().commands().undo();
		settle(view);
		assertEquals("2026-10-09", document.value("cyclus/vaststelling").orElseThrow());
		assertEquals("09-10-2026", date.getText());
		assertEquals("gedaan, op tijd", adoption.getText());
	}

	@Test
	void aPhaseWhoseConditionDoesNotHoldIsNotApplicable() throws Exception {
		FormView view = view("swv-vo-amsterdam-diemen-opp-kevin.opp");
		show(view, "cyclus");
		List<String> deadlines = FormViewTest.find(shell, Label.class, null).stream()
				.filter(label -> String.valueOf(label.getData(FormView.PATH_KEY)).endsWith(CycleRenderer.DEADLINE))
				.map(Label::getText).toList();
		assertTrue(deadlines.contains("niet van toepassing"), deadlines.toString());
	}

	// --- uitstroom

	/**
	 * Seed 000: a prognosis "kan meegewogen worden, maar mag nooit automatisch overgenomen worden": the
	 * indication shows beside the uitstroom fields and is never written into them.
	 */
	@Test
	void theUitstroomIndicationShowsBesideItsFieldsAsAdviceOnly() throws Exception {
		FormView view = view("swv-po-opp-1-4-daan.opp");
		show(view, "uitstroom");
		OppDocument document = view.form().session().document();
		Label advice = FormViewTest.find(shell, Label.class, "uitstroom" + OutflowRenderer.ADVICE).get(0);
		List<UitstroomAdvice.Indication> indications = UitstroomAdvice.of(document);
		assertFalse(indications.isEmpty());
		assertTrue(advice.getText().contains("Technisch lezen, LRV 55%: LWA"), advice.getText());
		assertEquals(indications.size(), advice.getText().lines().count());

		List<Button> levels = FormViewTest.find(shell, Button.class, "uitstroom/niveau");
		Button lwa = levels.stream().filter(Button::getSelection).findFirst().orElse(null);
		Combo combo = FormViewTest.find(shell, Combo.class, "uitstroom/niveau")
				.stream().findFirst().orElse(null);
		assertTrue(lwa != null && lwa.getText().equals("LWA") || combo != null && combo.getText().equals("LWA"));

		// a new LRV changes the advice, not the uitstroom
		ControlNode lrv = (ControlNode) node(view.form(), "niveaus/vakgebieden[3]/lrv");
		lrv.set("80%");
		settle(view);
		assertTrue(advice.getText().contains("Rekenen, LRV 80%: BL, KL, GTL"), advice.getText());
		assertEquals("lwa", document.value("uitstroom/niveau").orElseThrow(), "advice is never filled in");

		Text reasoning = one(Text.class, "uitstroom/onderbouwing");
		assertEquals(document.value("uitstroom/onderbouwing").orElseThrow(), reasoning.getText());
		assertTrue(reasoning.getSize().y > 5 * reasoning.getLineHeight(), "a long text grows with its wrapped lines");
		type(reasoning, "Gewogen met ouders.");
		settle(view);
		assertEquals("Gewogen met ouders.", document.value("uitstroom/onderbouwing").orElseThrow());
		view.form().session().commands().undo();
		view.form().session().commands().undo();
		settle(view);
		assertEquals(reasoning.getText(), document.value("uitstroom/onderbouwing").orElseThrow());
		assertTrue(advice.getText().contains("Rekenen, LRV 45%"), advice.getText());
		assertFalse(view.form().session().dirty());
	}

	// --- ondertekening, hoorrecht, OOGO, a consent, a person

	@Test
	void signaturesAreALinePerPartyPerMoment() throws Exception {
		FormView view = view("revius-wijk-opp-light-eva.opp");
		show(view, "overleg/handtekeningen");
		OppDocument document = view.form().session().document();
		Text parents = one(Text.class, "overleg/handtekeningen/opgesteld/ouders/naam");
		Text parentsDate = one(Text.class, "overleg/handtekeningen/opgesteld/ouders/datum");
		assertEquals("P. van Leeuwen en H. van Leeuwen-de Wit", parents.getText());
		assertEquals("05-10-2026", parentsDate.getText());
		sameLine(parents, parentsDate, "who and when on one line");
		List<String> labels = labels(view.control());
		assertTrue(labels.containsAll(List.of("Na het opstellen", "Tussenevaluatie", "Ouders/verzorgers", "Tutor")),
				labels.toString());
		Text later = one(Text.class, "overleg/handtekeningen/tussenevaluatie/tutor/naam");
		assertEquals("", later.getText());
		type(later, "J. Kok");
		settle(view);
		assertEquals("J. Kok", document.value("overleg/handtekeningen/tussenevaluatie/tutor/naam").orElseThrow());
		view.form().session().commands().undo();
		settle(view);
		assertTrue(document.value("overleg/handtekeningen/tussenevaluatie/tutor/naam").isEmpty());
		assertEquals("", later.getText());
	}

	/** Hoorrecht (from 2024, DOMAIN.md): the pupil's view is heard and recorded; OOGO with the parents before adoption. */
	@Test
	void pupilViewAndOogoAreCompactForms() throws Exception {
		FormView view = view("sem-de-vries.opp");
		show(view, "betrokkenheid/mening");
		OppDocument document = view.form().session().document();
		Text opinion = one(Text.class, "betrokkenheid/mening/zienswijze");
		Text discussed = one(Text.class, "betrokkenheid/mening/datum");
		assertEquals(document.value("betrokkenheid/mening/zienswijze").orElseThrow(), opinion.getText());
		assertEquals("22-09-2026", discussed.getText());
		sameLine(opinion, discussed, "the view with its date beside it");
		Text meeting = one(Text.class, "betrokkenheid/oogo/datum");
		Text report = one(Text.class, "betrokkenheid/oogo/verslag");
		assertEquals("29-09-2026", meeting.getText());
		sameLine(meeting, report, "the date beside the report");
		assertTrue(left(meeting) < left(report), "the date first, then what was discussed");
		type(report, "Eens over de doelen.");
		settle(view);
		assertEquals("Eens over de doelen.", document.value("betrokkenheid/oogo/verslag").orElseThrow());
		view.form().session().commands().undo();
		settle(view);
		assertEquals("Ouders en school zijn het eens over doelen en aanpak.", report.getText());
	}

	/**
	 * Instemmingsrecht (seed 001: "parents' consent on the handelingsdeel"): who, role, decision, date and
	 * the way it was given; the parts agreed on only with a partial consent.
	 */
	@Test
	void aConsentShowsItsDecisionAsChoicesAndThePartsOnlyWhenPartial() throws Exception {
		FormView view = view("sem-de-vries.opp");
		show(view, "betrokkenheid/instemming");
		OppDocument document = view.form().session().document();
		assertEquals("M. de Vries", one(Text.class, "betrokkenheid/instemming/wie").getText());
		assertEquals("06-10-2026", one(Text.class, "betrokkenheid/instemming/datum").getText());
		List<Button> decision = FormViewTest.find(shell, Button.class, "betrokkenheid/instemming/besluit").stream()
				.filter(b -> (b.getStyle() & SWT.RADIO) != 0).toList();
		assertEquals(List.of("Akkoord", "Niet akkoord", "Gedeeltelijk akkoord"), decision.stream().map(Button::getText).toList());
		assertTrue(decision.get(0).getSelection());
		Text parts = one(Text.class, "betrokkenheid/instemming/onderdelen");
		assertFalse(parts.isVisible(), "no parts to name with a full consent");
		sameLine(one(Text.class, "betrokkenheid/instemming/wie"), one(Text.class, "betrokkenheid/instemming/rol"), "who and role");

		decision.get(0).setSelection(false);
		click(decision.get(2));
		settle(view);
		assertEquals("gedeeltelijk", document.value("betrokkenheid/instemming/besluit").orElseThrow());
		assertTrue(parts.isVisible(), "a partial consent names its parts");
		view.form().session().commands().undo();
		settle(view);
		assertEquals("akkoord", document.value("betrokkenheid/instemming/besluit").orElseThrow());
		assertTrue(decision.get(0).getSelection());
		assertFalse(parts.isVisible());
	}

	@Test
	void aPersonIsOneRow() throws Exception {
		FormView view = view("revius-wijk-opp-light-eva.opp");
		show(view, "leerling/tutor");
		OppDocument document = view.form().session().document();
		List<Text> texts = List.of("naam", "rol", "organisatie", "contact").stream()
				.map(name -> one(Text.class, "leerling/tutor/" + name)).toList();
		assertEquals("Dhr. J. Kok", texts.get(0).getText());
		assertEquals("Revius Wijk", texts.get(2).getText());
		for (Text text : texts) {
			sameLine(texts.get(0), text, "one row");
		}
		type(texts.get(3), "j.kok@revius.example");
		settle(view);
		assertEquals("j.kok@revius.example", document.value("leerling/tutor/contact").orElseThrow());
		view.form().session().commands().undo();
		settle(view);
		assertTrue(document.value("leerling/tutor/contact").isEmpty());
	}

	// --- a new document

	@Test
	void inANewDocumentEveryBlockRendersEmptyAndTheFirstValuesMakeTheirGroups() throws Exception {
		FormSession session = new FormSession(Documents.create(TestFormats.example()), null);
		session.setDate(AT);
		FormView view = new FormView(shell, Form.of(session), Renderers.standard());
		shell.open();
		for (ContainerNode page : view.form().pages()) {
			view.showPage(page);
		}
		settle(view);
		OppDocument document = session.document();
		assertEquals("", one(Text.class, "factoren/thuisBelemmerend").getText());
		Label adoption = one(Label.class, "cyclus/vaststelling" + CycleRenderer.DEADLINE);
		assertEquals("termijn nog niet bekend", adoption.getText(), "no start date yet");

		show(view, "handelingsdeel/doelen");
		Tree tree = one(Tree.class, "handelingsdeel/doelen" + GoalsRenderer.TREE);
		assertEquals(0, tree.getItemCount(), "no goals yet");
		click(button(tree.getParent(), "Doel toevoegen"));
		settle(view);
		assertEquals("Doelen einde schooljaar (nog leeg)", tree.getItem(0).getText());
		Text goal = one(Text.class, "handelingsdeel/doelen/langeTermijn[1]/doel");
		assertSame(goal, display.getFocusControl(), "the new goal's text has the focus");
		type(goal, "Sem leest vlot.");
		settle(view);
		assertEquals("Sem leest vlot.", document.value("handelingsdeel/doelen/langeTermijn/doel").orElseThrow());
		assertEquals("Sem leest vlot.", tree.getItem(0).getText());
		select(tree, tree.getItem(0));
		click(button(tree.getParent(), "Subdoel toevoegen"));
		settle(view);
		assertEquals("Tussendoelen midden schooljaar (nog leeg)", tree.getItem(0).getItem(0).getText());
		TreeItem school = tree.getItem(0).getItem(0).getItem(1);
		select(tree, school);
		click(button(tree.getParent(), "Actie toevoegen"));
		settle(view);
		RepeatNode actions = (RepeatNode) node(view.form(), "handelingsdeel/doelen/langeTermijn[1]/korteTermijn[1]/acties");
		assertEquals(1, actions.rows().size());
		assertEquals("school", document.value("handelingsdeel/doelen/langeTermijn/korteTermijn/acties/door").orElseThrow());

		show(view, "cyclus");
		ControlNode start = (ControlNode) node(view.form(), "leerling/startdatum");
		start.set("2026-11-02");
		settle(view);
		assertEquals("uiterlijk 14-12-2026", adoption.getText(), "six weeks after the start date");

		for (int i = 0; i < 5; i++) {
			session.commands().undo(); // start date, action, sub-goal, text, goal
		}
		settle(view);
		assertTrue(document.root().eContents().isEmpty(), "undo leaves the new document empty");
		assertEquals("termijn nog niet bekend", adoption.getText());
		assertEquals(0, tree.getItemCount());
	}

	// --- ranks

	@Test
	void eachBlockOfEveryExampleGetsItsOwnRendererAndAHigherRankWins() throws Exception {
		Renderers renderers = Renderers.standard();
		Map<Class<?>, Integer> seen = new HashMap<>();
		for (Map.Entry<Path, Format> example : ExampleDocuments.documents().entrySet()) {
			if (example.getValue() == null) {
				continue;
			}
			Form form = Form.of(new FormSession(Documents.load(example.getKey(), example.getValue()), example.getKey()));
			List<FormNode> all = new ArrayList<>();
			collect(form.root(), all);
			for (FormNode node : all) {
				Class<?> expected = expected(node);
				if (expected != null) {
					BlockRenderer renderer = renderers.block(node);
					assertInstanceOf(expected, renderer, node.path());
					seen.merge(expected, 1, Integer::sum);
				}
			}
			form.dispose();
		}
		assertEquals(9, seen.size(), seen.toString());

		FormView view = view("sem-de-vries.opp");
		FormNode factors = node(view.form(), "factoren");
		BlockRenderer own = new BlockRenderer() {
			@Override
			public double rank(FormNode node) {
				return node == factors ? 20 : NOT_APPLICABLE;
			}

			@Override
			public NodeView render(Composite parent, FormNode node, RenderContext context) {
				throw new UnsupportedOperationException();
			}
		};
		assertSame(own, Renderers.standard().add(own).block(factors), "an SWV's own block renderer wins by rank");
		assertNotNull(view);
	}

	private static Class<?> expected(FormNode node) {
		if (!(node instanceof ContainerNode container) || container.kind() == ContainerNode.Kind.ROW) {
			return null;
		}
		Object element = container.element();
		if (element instanceof FactorsBlock) {
			return FactorsRenderer.class;
		}
		if (element instanceof GoalsBlock) {
			return GoalsRenderer.class;
		}
		if (element instanceof CycleBlock) {
			return CycleRenderer.class;
		}
		if (element instanceof OutflowBlock) {
			return OutflowRenderer.class;
		}
		if (element instanceof SignaturesBlock && container.parent() != null
				&& !(container.parent().element() instanceof SignaturesBlock)) {
			return SignaturesRenderer.class;
		}
		if (element instanceof PupilViewBlock) {
			return CompactBlocks.PupilViewRenderer.class;
		}
		if (element instanceof OogoBlock) {
			return CompactBlocks.OogoRenderer.class;
		}
		if (element instanceof Field field
				&& field.getType() instanceof PersonType) {
			return CompactBlocks.PersonRenderer.class;
		}
		if (element instanceof Field field
				&& field.getType() instanceof ConsentType) {
			return CompactBlocks.ConsentRenderer.class;
		}
		return null;
	}
}
