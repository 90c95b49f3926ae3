package nl.oppstudio.editor.internal.document;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;

import nl.oppstudio.document.Lifecycle;
import nl.oppstudio.document.LifecycleException;
import nl.oppstudio.document.State;

/**
 * The moves in an OPP's life, as {@code opp transition} and {@code opp consent} make them: the law and the
 * state decide, and a refusal shows its reason. Each move is saved at once and logged.
 */
enum LifecycleAction {
	ASK_CONSENT(State.TER_INSTEMMING), RECORD_CONSENT(null), ADOPT(State.VASTGESTELD), START(State.IN_UITVOERING),
	EVALUATE(State.GEEVALUEERD), REVISE(State.BIJGESTELD), BACK_TO_CONCEPT(State.CONCEPT), END(State.BEEINDIGD);

	private final State to;

	LifecycleAction(State to) {
		this.to = to;
	}

	String label() {
		return switch (this) {
		case ASK_CONSENT -> Messages.moveAskConsent;
		case RECORD_CONSENT -> Messages.moveRecordConsent;
		case ADOPT -> Messages.moveAdopt;
		case START -> Messages.moveStart;
		case EVALUATE -> Messages.moveEvaluate;
		case REVISE -> Messages.moveRevise;
		case BACK_TO_CONCEPT -> Messages.moveBackToConcept;
		case END -> Messages.moveEnd;
		};
	}

	/** Whether the move is one of the state's next moves (consent: while not frozen or ended). */
	boolean possibleFrom(State state) {
		if (to == null) {
			return !state.frozen() && state != State.BEEINDIGD;
		}
		return state.next().contains(to);
	}

	void run(DocumentTab tab) {
		if (!tab.savedFirst()) {
			return;
		}
		MoveDialog dialog = new MoveDialog(tab.shell(), label(), to == null, to == State.VASTGESTELD, move -> {
			java.time.OffsetDateTime at = DocumentTab.on(move.day(), tab.session().document());
			if (at == null) {
				throw new LifecycleException(Messages.moveDateBeforeLog);
			}
			if (to == null) {
				Lifecycle.consent(tab.session().document(), move.by(), move.role(), move.decision(), move.way(),
						move.remark(), move.parts(), at);
			} else {
				Lifecycle.transition(tab.session().document(), to, move.by(), move.role(), move.remark(),
						at);
			}
		});
		if (dialog.open() == MoveDialog.OK) {
			tab.committed();
			MessageDialog.openInformation(tab.shell(), label(), NLS.bind(Messages.moveDone, label()));
		}
	}

	/** What a move dialog collected. */
	record Move(String by, String role, String decision, String way, String parts, String remark, java.time.LocalDate day) {
	}

	/** Makes the move; throws the refusal with its reason. */
	interface Maker {
		void make(Move move) throws LifecycleException;
	}
}
