package nl.oppstudio.format.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;

import nl.oppstudio.format.dsl.ide.contentassist.FormatIdeContentProposalProvider;
import nl.oppstudio.format.dsl.ide.quickfix.FormatQuickfixProvider;

/** Guice bindings of the format language's IDE services (editor, language server). */
public class FormatIdeModule extends AbstractFormatIdeModule {

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return FormatQuickfixProvider.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return FormatIdeContentProposalProvider.class;
	}
}
