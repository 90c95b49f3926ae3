package nl.oppstudio.forms.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import nl.oppstudio.document.LegalFacts;
import nl.oppstudio.format.model.ConsentType;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.OogoBlock;
import nl.oppstudio.format.model.PersonType;
import nl.oppstudio.format.model.PupilViewBlock;
import nl.oppstudio.forms.ContainerNode;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.FormNode;
import nl.oppstudio.forms.spi.BlockRenderer;
import nl.oppstudio.forms.spi.NodeView;
import nl.oppstudio.forms.spi.RenderContext;

/**
 * Small blocks laid out as a school fills them in on paper, each value in its own field frame (label,
 * required mark, message): hoorrecht (the pupil's view beside the date it was discussed), OOGO (the date of
 * the meeting beside what was discussed), a person (name, role, organisation, contact in one row) and a
 * consent (who, role and date; the decision and the way it was given; a remark; the parts agreed on, only
 * with a partial consent).
 */
public final class CompactBlocks {

	private CompactBlocks() {
	}

	/** Where one value goes: its name in the document, the columns it spans, the width it starts at (0: as is). */
	record Place(String name, int span, int width, boolean grab) {
		static Place of(String name, int width) {
			return new Place(name, 1, width, true);
		}

		static Place fixed(String name) {
			return new Place(name, 1, 0, false);
		}

		static Place wide(String name, int span) {
			return new Place(name, span, 300, true);
		}
	}

	/** {@code hoorrecht}: the pupil's view, with the date it was discussed beside it. */
	public static final class PupilViewRenderer implements BlockRenderer {
		@Override
		public double rank(FormNode node) {
			return node instanceof ContainerNode c && c.element() instanceof PupilViewBlock ? 10 : NOT_APPLICABLE;
		}

		@Override
		public NodeView render(Composite parent, FormNode node, RenderContext context) {
			return new View(parent, (ContainerNode) node, context, 2, List.of(Place.of("zienswijze", 340), Place.fixed("datum")));
		}
	}

	/** {@code oogo}: the date of the meeting, with what was discussed beside it. */
	public static final class OogoRenderer implements BlockRenderer {
		@Override
		public double rank(FormNode node) {
			return node instanceof ContainerNode c && c.element() instanceof OogoBlock ? 10 : NOT_APPLICABLE;
		}

		@Override
		public NodeView render(Composite parent, FormNode node, RenderContext context) {
			return new View(parent, (ContainerNode) node, context, 2, List.of(Place.fixed("datum"), Place.of("verslag", 340)));
		}
	}

	/** A person field: name, role, organisation and contact in one row. */
	public static final class PersonRenderer implements BlockRenderer {
		@Override
		public double rank(FormNode node) {
			return node instanceof ContainerNode c && c.kind() != ContainerNode.Kind.ROW && c.element() instanceof Field field
					&& field.getType() instanceof PersonType ? 10 : NOT_APPLICABLE;
		}

		@Override
		public NodeView render(Composite parent, FormNode node, RenderContext context) {
			return new View(parent, (ContainerNode) node, context, 4, List.of(Place.of("naam", 150), Place.of("rol", 110),
					Place.of("organisatie", 130), Place.of("contact", 130)));
		}
	}

	/** A consent field ({@code instemming}): who, role and date; decision and way; remark; parts agreed on. */
	public static final class ConsentRenderer implements BlockRenderer {
		@Override
		public double rank(FormNode node) {
			return node instanceof ContainerNode c && c.kind() != ContainerNode.Kind.ROW && c.element() instanceof Field field
					&& field.getType() instanceof ConsentType ? 10 : NOT_APPLICABLE;
		}

		@Override
		public NodeView render(Composite parent, FormNode node, RenderContext context) {
			return new ConsentView(parent, (ContainerNode) node, context);
		}
	}

	/** Values in a grid of field frames, placed as listed; values not listed follow, a row each. */
	static class View extends BlockView {
		protected final Map<String, ControlNode> controls;
		protected final Map<String, NodeView> frames = new LinkedHashMap<>();

		View(Composite parent, ContainerNode block, RenderContext context, int columns, List<Place> places) {
			super(parent, block, context);
			controls = controls(block);
			GridLayout layout = grid(columns, false);
			layout.horizontalSpacing = 16;
			layout.verticalSpacing = 8;
			body.setLayout(layout);
			for (Place place : places) {
				ControlNode control = controls.get(place.name());
				if (control != null) {
					place(control, place);
				}
			}
			for (ControlNode control : controls.values()) {
				if (!frames.containsKey(control.leaf().name())) {
					place(control, Place.wide(control.leaf().name(), columns));
				}
			}
			stateChanged();
		}

		private void place(ControlNode control, Place place) {
			NodeView view = context.render(body, control);
			GridData data = new GridData(place.grab() ? SWT.FILL : SWT.BEGINNING, SWT.TOP, place.grab(), false, place.span(), 1);
			view.control().setLayoutData(data);
			if (place.width() > 0) {
				narrow(view.control(), place.width());
			}
			frames.put(control.leaf().name(), view);
		}

		@Override
		public boolean focus(FormNode target) {
			// the field frames are views of their own and take the focus themselves
			return false;
		}
	}

	/**
	 * A consent. The parts agreed on ({@code onderdelen}) only matter with a partial consent: they show
	 * when the decision is {@code gedeeltelijk} or when they hold a value. (This view is registered after
	 * the frames it made, so its choice comes after theirs.)
	 */
	static final class ConsentView extends View {

		ConsentView(Composite parent, ContainerNode block, RenderContext context) {
			super(parent, block, context, 3, List.of(Place.of(LegalFacts.WHO, 170), Place.of(LegalFacts.ROLE, 130),
					Place.fixed(LegalFacts.DATE), new Place(LegalFacts.DECISION, 2, 0, true), Place.fixed(LegalFacts.WAY),
					Place.wide("opmerking", 3), Place.wide("onderdelen", 3)));
		}

		@Override
		public void valueChanged(ControlNode control) {
			if (control == controls.get(LegalFacts.DECISION) || control == controls.get("onderdelen")) {
				showParts();
			}
		}

		@Override
		public void stateChanged() {
			super.stateChanged();
			showParts();
		}

		private void showParts() {
			ControlNode parts = controls.get("onderdelen");
			ControlNode decision = controls.get(LegalFacts.DECISION);
			NodeView frame = frames.get("onderdelen");
			if (parts == null || decision == null || frame == null || frame.control().isDisposed()) {
				return;
			}
			boolean shown = parts.visible() && ("gedeeltelijk".equals(decision.value()) || parts.value() != null);
			if (shown != frame.control().getVisible()) {
				Widgets.show(frame.control(), shown);
				frame.control().requestLayout();
			}
		}
	}
}
