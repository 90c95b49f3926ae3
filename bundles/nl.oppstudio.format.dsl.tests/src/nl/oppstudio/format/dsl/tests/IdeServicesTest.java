package nl.oppstudio.format.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import nl.oppstudio.format.dsl.ide.FormatIdeSetup;

/** Issues 3 and 4: the generic IDE services of the .ide bundle: content assist and outline. */
class IdeServicesTest {

	@Test
	void outlineShowsSectionsWithTheirFields() throws Exception {
		Injector injector = new FormatIdeSetup().createInjectorAndDoEMFRegistration();
		String text = "formaat \"swv-test\" versie \"1.0.0\" { sectie leerling \"Leerling\" { veld naam: tekst veld groep: keuze { optie g1 } } hoorrecht mening }";
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class)
				.createResource(URI.createURI("test.oppformat"));
		resource.load(new StringInputStream(text), null);
		List<org.eclipse.lsp4j.DocumentSymbol> symbols = injector
				.getInstance(org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService.class)
				.getSymbols(resource, org.eclipse.xtext.util.CancelIndicator.NullImpl);
		org.eclipse.lsp4j.DocumentSymbol format = symbols.get(0);
		List<String> members = format.getChildren().stream().map(org.eclipse.lsp4j.DocumentSymbol::getName).toList();
		assertTrue(members.contains("swv-test.leerling") || members.contains("leerling"), members.toString());
		org.eclipse.lsp4j.DocumentSymbol section = format.getChildren().get(0);
		assertEquals(2, section.getChildren().size(), section.toString());
	}

	@Test
	void contentAssistProposesFieldTypes() throws Exception {
		Injector injector = new FormatIdeSetup().createInjectorAndDoEMFRegistration();
		String text = "formaat \"swv-test\" versie \"1.0.0\" {\n  sectie s {\n    veld a \"A\": ";
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("test.oppformat"));
		resource.load(new StringInputStream(text), null);

		ExecutorService pool = Executors.newCachedThreadPool();
		try {
			ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
			factory.setPool(pool);
			ContentAssistContext[] contexts = factory.create(text, new TextRegion(text.length(), 0), text.length(),
					resource);
			IIdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
			injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
			List<String> proposals = new ArrayList<>();
			for (ContentAssistEntry entry : ((IdeContentProposalAcceptor) acceptor).getEntries()) {
				proposals.add(entry.getProposal());
			}
			assertTrue(proposals.containsAll(List.of("tekst", "datum", "keuze")), proposals.toString());
		} finally {
			pool.shutdownNow();
		}
	}

	/** Issue 13: inside {@code diagram { … }} only what the block can use is proposed. */
	@Test
	void contentAssistInADiagramProposesWhatTheBlockCanUse() throws Exception {
		String start = "formaat \"swv-test\" versie \"1.0.0\" {\n";
		List<String> cycle = proposals(start + "  cyclus c {\n    fase f\n    diagram {\n      ");
		assertTrue(cycle.containsAll(List.of("kleur", "pdf")), cycle.toString());
		assertTrue(!cycle.contains("richting") && !cycle.contains("toon"), cycle.toString());
		List<String> cycleStates = proposals(start + "  cyclus c {\n    fase f\n    diagram {\n      kleur ");
		assertTrue(cycleStates.containsAll(List.of("gedaan", "te-laat-gedaan", "binnenkort", "verlopen", "gepland")),
				cycleStates.toString());
		assertTrue(!cycleStates.contains("behaald") && !cycleStates.contains("deels"), cycleStates.toString());
		List<String> goalStates = proposals(start + "  doelen d {\n    niveau korte-termijn\n    diagram {\n      kleur ");
		assertTrue(goalStates.containsAll(List.of("behaald", "deels", "niet-behaald", "niet-geevalueerd")), goalStates.toString());
		assertTrue(!goalStates.contains("verlopen"), goalStates.toString());
		List<String> goals = proposals(start + "  doelen d {\n    niveau korte-termijn\n    diagram {\n      ");
		assertTrue(goals.containsAll(List.of("richting", "toon", "kleur", "pdf")), goals.toString());
	}

	private static List<String> proposals(String text) throws Exception {
		Injector injector = new FormatIdeSetup().createInjectorAndDoEMFRegistration();
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class)
				.createResource(URI.createURI("test.oppformat"));
		resource.load(new StringInputStream(text), null);
		ExecutorService pool = Executors.newCachedThreadPool();
		try {
			ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
			factory.setPool(pool);
			ContentAssistContext[] contexts = factory.create(text, new TextRegion(text.length(), 0), text.length(), resource);
			IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
			injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
			List<String> proposals = new ArrayList<>();
			for (ContentAssistEntry entry : acceptor.getEntries()) {
				proposals.add(entry.getProposal());
			}
			return proposals;
		} finally {
			pool.shutdownNow();
		}
	}
}
