package nl.oppstudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextViewerUndoManager;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.graphics.Point;

import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Fix;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Problem;
import nl.oppstudio.format.dsl.ide.editing.FormatEditing.Proposal;
import nl.oppstudio.ui.internal.editor.ProblemMarks.ProblemAnnotation;

/** Content assist, quick fixes, hovers and undo of the format editor, from {@link FormatEditor}'s session. */
final class FormatConfiguration extends SourceViewerConfiguration {

	private static final IInformationControlCreator PLAIN = parent -> new DefaultInformationControl(parent, true);

	private final FormatEditor editor;

	FormatConfiguration(FormatEditor editor) {
		this.editor = editor;
	}

	@Override
	public IUndoManager getUndoManager(ISourceViewer sourceViewer) {
		return new TextViewerUndoManager(500);
	}

	@Override
	public int getTabWidth(ISourceViewer sourceViewer) {
		return 4;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new Completion(), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.setEmptyMessage(Messages.noProposals);
		assistant.setShowEmptyList(true);
		// wide enough for a path with its kind and label
		org.eclipse.jface.dialogs.DialogSettings size = new org.eclipse.jface.dialogs.DialogSettings("inhoudVoorstellen");
		size.put(ContentAssistant.STORE_SIZE_X, 520);
		size.put(ContentAssistant.STORE_SIZE_Y, 260);
		assistant.setRestoreCompletionProposalSize(size);
		assistant.setInformationControlCreator(PLAIN);
		assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
		assistant.setContextInformationPopupOrientation(IContentAssistant.CONTEXT_INFO_ABOVE);
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new QuickFixes());
		assistant.setInformationControlCreator(PLAIN);
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new Hover();
	}

	@Override
	public IAnnotationHover getAnnotationHover(ISourceViewer sourceViewer) {
		return (viewer, line) -> {
			List<String> messages = new ArrayList<>();
			var model = viewer.getAnnotationModel();
			if (model == null) {
				return null;
			}
			model.getAnnotationIterator().forEachRemaining(annotation -> {
				var position = model.getPosition(annotation);
				try {
					if (position != null && viewer.getDocument().getLineOfOffset(position.getOffset()) == line) {
						messages.add(annotation.getText());
					}
				} catch (org.eclipse.jface.text.BadLocationException e) {
					// a mark beyond the text: not on this line
				}
			});
			return messages.isEmpty() ? null : String.join("\n", messages);
		};
	}

	/** The fixes of the problems at an offset (on its line when none covers it), as the checker offers them. */
	static List<Fix> fixesAt(FormatEditor editor, int offset) {
		return editor.call(editing -> {
			List<Problem> problems = problemsAt(editing.snapshot().problems(), editing.snapshot().text(), offset);
			List<Fix> fixes = new ArrayList<>();
			for (Problem problem : problems) {
				fixes.addAll(editing.fixes(problem));
			}
			return fixes;
		}).orElse(List.of());
	}

	/** The problems covering an offset, else those on its line. */
	static List<Problem> problemsAt(List<Problem> problems, String text, int offset) {
		List<Problem> covering = new ArrayList<>();
		for (Problem problem : problems) {
			if (problem.offset() <= offset && offset <= problem.offset() + Math.max(1, problem.length())) {
				covering.add(problem);
			}
		}
		if (!covering.isEmpty()) {
			return covering;
		}
		int start = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
		int end = text.indexOf('\n', Math.min(offset, text.length()));
		int lineEnd = end < 0 ? text.length() : end;
		for (Problem problem : problems) {
			if (problem.offset() >= start && problem.offset() <= lineEnd) {
				covering.add(problem);
			}
		}
		return covering;
	}

	private final class Completion implements IContentAssistProcessor {

		@Override
		public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
			List<Proposal> proposals = editor.call(editing -> editing.complete(offset)).orElse(List.of());
			List<ICompletionProposal> result = new ArrayList<>();
			for (Proposal proposal : proposals) {
				String shown = proposal.detail() == null || proposal.detail().isBlank() ? proposal.label()
						: proposal.label() + " — " + proposal.detail();
				String help = proposal.documentation() == null || proposal.documentation().isBlank() ? null
						: proposal.documentation();
				result.add(new CompletionProposal(proposal.replacement(), proposal.offset(), proposal.length(),
						proposal.replacement().length(), null, shown, null, help));
			}
			return result.toArray(ICompletionProposal[]::new);
		}

		@Override
		public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
			return null;
		}

		@Override
		public char[] getCompletionProposalAutoActivationCharacters() {
			// only after a dot: a completion after every space would wait for a check at each word
			return new char[] { '.' };
		}

		@Override
		public char[] getContextInformationAutoActivationCharacters() {
			return null;
		}

		@Override
		public String getErrorMessage() {
			return null;
		}

		@Override
		public IContextInformationValidator getContextInformationValidator() {
			return null;
		}
	}

	private final class QuickFixes implements IQuickAssistProcessor {

		@Override
		public String getErrorMessage() {
			return null;
		}

		@Override
		public boolean canFix(Annotation annotation) {
			return annotation instanceof ProblemAnnotation;
		}

		@Override
		public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
			return false;
		}

		@Override
		public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext invocationContext) {
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (Fix fix : fixesAt(editor, invocationContext.getOffset())) {
				proposals.add(new FixProposal(fix));
			}
			return proposals.toArray(ICompletionProposal[]::new);
		}
	}

	/** A quick fix as a proposal: its edits applied as one undoable change. */
	private final class FixProposal implements ICompletionProposal {

		private final Fix fix;

		FixProposal(Fix fix) {
			this.fix = fix;
		}

		@Override
		public void apply(IDocument document) {
			editor.apply(fix.edits());
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return fix.description() == null || fix.description().isBlank() ? null : fix.description();
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public org.eclipse.swt.graphics.Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}

	/** The help of the name under the mouse, after the problems at that place. */
	private final class Hover implements ITextHover {

		@Override
		public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
			List<String> parts = new ArrayList<>();
			Optional<List<Problem>> problems = editor.ask(editing -> problemsIn(editing.snapshot().problems(),
					hoverRegion.getOffset(), hoverRegion.getLength()));
			problems.ifPresent(list -> list.forEach(problem -> parts.add(problem.severity().label() + ": " + problem.message())));
			editor.ask(editing -> editing.hover(hoverRegion.getOffset()).orElse(null)).ifPresent(parts::add);
			return parts.isEmpty() ? null : String.join("\n\n", parts);
		}

		@Override
		public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
			String text = textViewer.getDocument().get();
			Region word = new FormatEditor.WordFinder(text).word(offset);
			return word.getLength() == 0 ? new Region(offset, 0) : word;
		}
	}

	private static List<Problem> problemsIn(List<Problem> problems, int offset, int length) {
		List<Problem> found = new ArrayList<>();
		for (Problem problem : problems) {
			int end = problem.offset() + Math.max(1, problem.length());
			if (problem.offset() <= offset + length && end >= offset) {
				found.add(problem);
			}
		}
		return found;
	}
}
