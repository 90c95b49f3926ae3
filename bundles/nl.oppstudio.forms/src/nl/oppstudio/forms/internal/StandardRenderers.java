package nl.oppstudio.forms.internal;

import java.util.Set;
import java.util.function.BiFunction;

import org.eclipse.swt.widgets.Composite;

import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.spi.ControlRenderer;
import nl.oppstudio.forms.spi.ControlView;
import nl.oppstudio.forms.spi.RenderContext;
import nl.oppstudio.forms.spi.Renderers;

/** The renderers every form has: one per value kind, groups, repeating groups and tables, and table cells. */
public final class StandardRenderers {

	private StandardRenderers() {
	}

	public static void addTo(Renderers renderers) {
		renderers.add(new KindRenderer(Set.of(ValueKind.TEXT, ValueKind.LONG_TEXT), TextControl::new));
		renderers.add(new KindRenderer(Set.of(ValueKind.DATE), DateControl::new));
		renderers.add(new KindRenderer(Set.of(ValueKind.NUMBER), NumberControl::new));
		renderers.add(new KindRenderer(Set.of(ValueKind.YES_NO, ValueKind.CHOICE, ValueKind.MULTIPLE_CHOICE), ChoiceControl::new));
		renderers.add(new KindRenderer(Set.of(ValueKind.LEVEL), LevelControl::new));
		renderers.add(new KindRenderer(Set.of(ValueKind.ATTACHMENT), AttachmentControl::new));
		renderers.add(new GroupRenderer());
		renderers.add(new RepeatRenderer());
		renderers.add(new TableRenderer());
		renderers.add(new StandardCells.TextCell());
		renderers.add(new StandardCells.ChoiceCell());
	}

	/** The standard input of some value kinds, ranked 1 so that any specific renderer beats it. */
	private record KindRenderer(Set<ValueKind> kinds, BiFunction<Composite, ControlNode, ControlView> factory)
			implements ControlRenderer {

		@Override
		public double rank(ControlNode control) {
			return kinds.contains(control.kind()) ? 1 : NOT_APPLICABLE;
		}

		@Override
		public ControlView render(Composite parent, ControlNode control, RenderContext context) {
			return factory.apply(parent, control);
		}
	}
}
