package nl.oppstudio.forms.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.oppstudio.document.OppDocument;
import nl.oppstudio.document.Planning;
import nl.oppstudio.format.model.CycleBlock;
import nl.oppstudio.format.model.Phase;
import nl.oppstudio.format.model.PhaseKind;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.FormView;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/**
 * The {@code cyclus} as its phases in order, one row each: what the phase is, its kind, who does it, the
 * date it was done, and its deadline as {@link Planning} computes it for the document at the session's
 * date (due, overdue in red, done late). The deadlines follow the dates as they are typed.
 */
public final class CycleRenderer implements BlockRenderer {

	/** The data key value ({@link FormView#PATH_KEY}) of a phase's deadline: the phase's path + this. */
	public static final String DEADLINE = "#termijn";

	@Override
	public double rank(FormNode node) {
		return node instanceof ContainerNode container && container.element() instanceof CycleBlock ? 10 : NOT_APPLICABLE;
	}

	@Override
	public NodeView render(Composite parent, FormNode node, RenderContext context) {
		return new View(parent, (ContainerNode) node, context);
	}

	/** The Dutch name of a kind of phase. */
	static String kind(PhaseKind kind) {
		return switch (kind) {
		case OTHER -> Messages.cycleKindOther;
		case AANMELDING -> Messages.cycleKindAanmelding;
		case OPSTELLEN -> Messages.cycleKindOpstellen;
		case REGISTRATIE -> Messages.cycleKindRegistratie;
		case VASTSTELLING -> Messages.cycleKindVaststelling;
		case ONDERTEKENING -> Messages.cycleKindOndertekening;
		case STARTGESPREK -> Messages.cycleKindStartgesprek;
		case VOORTGANGSGESPREK -> Messages.cycleKindVoortgangsgesprek;
		case EINDGESPREK -> Messages.cycleKindEindgesprek;
		case EVALUATIE -> Messages.cycleKindEvaluatie;
		};
	}

	/** How a deadline reads: as a warning (red), done (green), open, or not concerning this document (grey). */
	enum Tone {
		WARNING, DONE, OPEN, NONE
	}

	/** What the deadline column says of one phase. */
	record Deadline(String text, String tip, Tone tone) {
	}

	/** What the deadline column says of a phase, from its status as {@link Planning#status} judges it at {@code at}. */
	static Deadline deadline(Planning.PhaseStatus status, LocalDate at) {
		Phase phase = status.phase();
		return switch (status.status()) {
		case OVERDUE -> new Deadline(NLS.bind(Messages.cycleOverdue, DutchDates.shown(status.due().toString())), null,
				Tone.WARNING);
		case DONE_LATE -> new Deadline(NLS.bind(Messages.cycleDoneLate, ChronoUnit.DAYS.between(status.due(), status.done()),
				DutchDates.shown(status.due().toString())), null, Tone.WARNING);
		case NOT_APPLICABLE -> new Deadline(Messages.cycleNotApplicable, null, Tone.NONE);
		case DONE -> new Deadline(phase.getDeadline() == null ? Messages.cycleDone : Messages.cycleDoneInTime, null,
				Tone.DONE);
		case DUE_SOON, PLANNED -> {
			if (status.due() != null) {
				String date = DutchDates.shown(status.due().toString());
				yield new Deadline(NLS.bind(status.done() != null ? Messages.cycleNext
						: status.recommended() ? Messages.cycleRecommended : Messages.cycleDue, date), null, Tone.OPEN);
			}
			yield phase.getDeadline() == null ? new Deadline(Messages.cycleNoDeadline, null, Tone.NONE)
					: new Deadline(Messages.cycleUnknown, Messages.cycleUnknownTip, Tone.OPEN);
		}
		};
	}

	private static final class View extends BlockView {
		private final CycleBlock cycle;
		private final Label reference;
		private final List<Row> rows = new ArrayList<>();

		private record Row(Phase phase, ControlNode control, Label deadline) {
		}

		View(Composite parent, ContainerNode block, RenderContext context) {
			super(parent, block, context);
			this.cycle = (CycleBlock) block.element();
			body.setLayout(grid(1, false));
			reference = new Label(body, SWT.NONE);
			reference.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			Composite table = new Composite(body, SWT.NONE);
			table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			GridLayout layout = grid(5, false);
			layout.horizontalSpacing = 14;
			layout.verticalSpacing = 6;
			table.setLayout(layout);
			for (String title : List.of(Messages.cyclePhase, Messages.cycleKind, Messages.cycleWho, Messages.cycleDate,
					Messages.cycleDeadline)) {
				header(table, title);
			}
			Map<String, ControlNode> controls = controls(block);
			for (Phase phase : cycle.getPhases()) {
				ControlNode control = controls.get(phase.getName());
				if (control == null) {
					continue;
				}
				Label name = new Label(table, SWT.WRAP);
				name.setText(control.label());
				GridData nameData = new GridData(SWT.FILL, SWT.CENTER, true, false);
				nameData.widthHint = 230;
				nameData.minimumWidth = 160; // a phase's name in words, never in hyphenated fragments
				name.setLayoutData(nameData);
				Label kind = new Label(table, SWT.NONE);
				kind.setText(kind(phase.getKind()));
				Label who = new Label(table, SWT.WRAP);
				who.setText(who(phase));
				GridData whoData = new GridData(SWT.FILL, SWT.CENTER, false, false);
				whoData.widthHint = 120;
				whoData.minimumWidth = 100;
				who.setLayoutData(whoData);
				BlockCell cell = cell(table, control, control.label());
				cell.control().setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
				Label deadline = new Label(table, SWT.WRAP);
				GridData deadlineData = new GridData(SWT.FILL, SWT.CENTER, false, false);
				deadlineData.widthHint = 210;
				deadline.setLayoutData(deadlineData);
				deadline.setData(FormView.PATH_KEY, control.path() + DEADLINE);
				rows.add(new Row(phase, control, deadline));
			}
			stateChanged();
		}

		private Color color(Tone tone) {
			return frame.getDisplay().getSystemColor(switch (tone) {
			case WARNING -> SWT.COLOR_RED;
			case DONE -> SWT.COLOR_DARK_GREEN;
			case OPEN -> SWT.COLOR_WIDGET_FOREGROUND;
			case NONE -> SWT.COLOR_DARK_GRAY;
			});
		}

		private static String who(Phase phase) {
			List<String> parts = new ArrayList<>(phase.getResponsible());
			if (phase.isWithParents()) {
				parts.add(Messages.cycleWithParents);
			}
			return String.join(", ", parts);
		}

		@Override
		public void stateChanged() {
			super.stateChanged();
			if (frame.isDisposed()) {
				return;
			}
			OppDocument document = node.form().session().document();
			LocalDate at = node.form().session().date();
			reference.setText(NLS.bind(Messages.cycleReference, DutchDates.shown(at.toString())));
			Map<Phase, Planning.PhaseStatus> statuses = new java.util.HashMap<>();
			Planning.status(document, at).forEach(status -> statuses.put(status.phase(), status));
			for (Row row : rows) {
				Planning.PhaseStatus status = statuses.get(row.phase());
				if (status == null) {
					continue;
				}
				Deadline deadline = deadline(status, at);
				if (!deadline.text().equals(row.deadline().getText())) {
					row.deadline().setText(deadline.text());
					row.deadline().requestLayout();
				}
				row.deadline().setToolTipText(deadline.tip());
				row.deadline().setForeground(color(deadline.tone()));
			}
		}
	}
}
