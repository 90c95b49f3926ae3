package nl.oppstudio.format.dsl.tests;

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

/** Issue 3: the generic IDE services of the .ide bundle work: content assist proposes field types. */
class IdeServicesTest {

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
}
