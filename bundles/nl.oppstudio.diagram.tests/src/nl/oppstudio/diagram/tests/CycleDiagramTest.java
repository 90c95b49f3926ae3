package nl.oppstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.oppstudio.diagram.Diagrams;
import nl.oppstudio.diagram.Edge;
import nl.oppstudio.diagram.Node;
import nl.oppstudio.diagram.NodeState;
import nl.oppstudio.diagram.Scene;
import nl.oppstudio.diagram.internal.CycleDescription;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.testing.ExampleDocuments;
import nl.oppstudio.testing.Examples;
import nl.oppstudio.testing.TestFormats;

/** Issue 13: the planning cycle: phases clockwise from the top, an arrow to the next, states as {@code opp due} judges them. */
class CycleDiagramTest {

	private static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 15),
			LocalDate.of(2026, 11, 30));

	@Test
	void formatCycleClockwiseWithArrowsBackToTheStart() {
		Format format = TestFormats.load(Examples.file(Examples.FORMAT));
		List<Scene> scenes = Diagrams.cycle(format);
		assertEquals(1, scenes.size());
		Scene scene = scenes.get(0);
		CycleBlock block = (CycleBlock) ((Phase) scene.nodes().get(0).element()).eContainer();
		assertEquals(block.getPhases().size(), scene.nodes().size());
		for (int i = 0; i < block.getPhases().size(); i++) {
			Phase phase = block.getPhases().get(i);
			Node node = scene.nodes().get(i);
			assertSame(phase, node.element());
			assertEquals(CycleDescription.kind(phase.getKind()), node.caption());
			assertEquals(phase.getLabel(), node.text());
			assertEquals(NodeState.NONE, node.state(), "een formaat heeft geen stand");
			assertTrue(node.details().get(0).startsWith("uiterlijk") || node.details().get(0).startsWith("elke"),
					node.details().toString());
			if (!phase.getResponsible().isEmpty()) {
				assertTrue(node.details().stream().anyMatch(d -> d.startsWith("Door: ")), node.details().toString());
			}
			Edge edge = scene.edges().get(i);
			assertSame(node, edge.source());
			assertSame(scene.nodes().get((i + 1) % scene.nodes().size()), edge.target());
			assertTrue(edge.arrow());
		}
		// the first at the top, the next ones clockwise: the second lies right of the first's centre
		Node first = scene.nodes().get(0);
		assertTrue(scene.nodes().stream().allMatch(n -> n.y() >= first.y() - 0.01), "de eerste fase bovenaan");
		Node second = scene.nodes().get(1);
		assertTrue(second.x() + second.width() / 2 > first.x() + first.width() / 2, "met de klok mee");
		assertTrue(scene.altText().startsWith("Planning: fase 1, Vaststelling: "), scene.altText());
		Checks.all(scene);
	}

	@TestFactory
	Stream<DynamicTest> documentStatesAreThoseOfOppDue() {
		Map<Path, Format> documents = ExampleDocuments.documents();
		return documents.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey().getFileName().toString(), () -> {
			OppDocument document = Documents.load(entry.getKey(), entry.getValue());
			for (LocalDate at : DATES) {
				List<Scene> scenes = Diagrams.cycle(document, at);
				List<Planning.Due> pending = Planning.pending(document, at);
				List<Planning.Late> late = Planning.late(document, at);
				List<Planning.PhaseStatus> statuses = Planning.status(document, at);
				for (Scene scene : scenes) {
					Checks.all(scene);
					for (Node node : scene.nodes()) {
						Phase phase = (Phase) node.element();
						Planning.Due due = pending.stream().filter(d -> d.phase() == phase).findFirst().orElse(null);
						boolean doneLate = late.stream().anyMatch(l -> l.phase() == phase);
						Planning.PhaseStatus status = statuses.stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
						// the state is what Planning.status says (its own rule for "binnenkort"), and agrees with opp due
						assertEquals(CycleDescription.state(status.status()), node.state(), node + " op " + at);
						if (due != null) {
							assertEquals(due.overdue(at), node.state() == NodeState.OVERDUE, node + " op " + at);
							assertTrue(node.state() == NodeState.OVERDUE || node.state() == NodeState.DUE_SOON
									|| node.state() == NodeState.PLANNED, node + " op " + at);
							// the next date always shows, also for a periodic phase done before
							assertTrue(node.details().contains("Uiterlijk " + dutch(due.date()))
									|| node.details().contains("Volgende uiterlijk " + dutch(due.date())), node.details().toString());
						} else if (doneLate) {
							assertEquals(NodeState.DONE_LATE, node.state(), node + " op " + at);
						} else {
							assertFalse(node.state() == NodeState.OVERDUE || node.state() == NodeState.DUE_SOON,
									node + " op " + at);
						}
						assertNotNull(node.path(), "een fase wijst naar haar datum in het formulier");
					}
				}
			}
		}));
	}

	private static String dutch(LocalDate date) {
		return String.format("%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}
}
