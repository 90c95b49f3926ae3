package nl.oppstudio.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.format.dsl.FormatLoader;
import nl.oppstudio.format.dsl.LoadedFormat;
import nl.oppstudio.document.DocumentSchema;
import nl.oppstudio.document.SchemaNode.Branch;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.Element;
import nl.oppstudio.format.model.Section;
import nl.oppstudio.ui.WidgetIds;

/** Shows, read-only, the structure of the format selected in the folder, as its documents will have it. */
public final class FormatView extends ViewPart {

	public static final String ID = "nl.oppstudio.ui.formatView";

	private Label status;
	private TreeViewer viewer;
	private final ISelectionListener listener = (part, selection) -> {
		if (part instanceof FolderView && selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Path file && FolderView.isFormat(file)) {
			show(file);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout());
		status = new Label(parent, SWT.WRAP);
		status.setData(WidgetIds.KEY, WidgetIds.FORMAT_STATUS);
		status.setText(Messages.formatChoose);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TreeViewer(parent, SWT.BORDER);
		viewer.getTree().setData(WidgetIds.KEY, WidgetIds.FORMAT_TREE);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new StructureContent());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return StructureContent.text(element);
			}
		});
		getSite().getPage().addSelectionListener(listener);
	}

	private void show(Path file) {
		LoadedFormat loaded = FormatLoader.create().load(file);
		long errors = loaded.diagnostics().stream().filter(Diagnostic::isError).count();
		String name = loaded.format() == null ? file.getFileName().toString()
				: NLS.bind(Messages.formatTitle, new Object[] { loaded.format().getName(), loaded.format().getId(),
						loaded.format().getVersion() });
		status.setText(errors == 0 ? name
				: NLS.bind(Messages.formatErrors, new Object[] { name,
						errors == 1 ? Messages.oneError : NLS.bind(Messages.manyErrors, errors), loaded.diagnostics().get(0) }));
		status.getParent().layout();
		viewer.setInput(loaded.isUsable() ? DocumentSchema.of(loaded.format()) : null);
		viewer.expandToLevel(2);
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(listener);
		super.dispose();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** The structure documents of the format have: branches and their values (see DocumentSchema). */
	static final class StructureContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof DocumentSchema schema ? schema.outline().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Branch branch) {
				return branch.children().toArray();
			}
			if (parent instanceof Leaf leaf) {
				return leaf.options().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}

		static String text(Object element) {
			if (element instanceof Branch branch) {
				return kindOf(branch.element()) + ": " + branch.label() + (branch.repeating() ? Messages.repeating : "");
			}
			if (element instanceof Leaf leaf) {
				return leaf.label() + " — " + KIND_LABELS.get(leaf.kind()) + (leaf.required() ? Messages.required : "");
			}
			if (element instanceof ChoiceOption option) {
				return (option.getLabel() != null ? option.getLabel() : option.getCode()) + " (" + option.getCode() + ")";
			}
			return String.valueOf(element);
		}

		private static String kindOf(Element element) {
			return switch (element.eClass().getName()) {
			case "Part" -> Messages.elementPart;
			case "Section" -> ((Section) element).isHandelingsdeel() ? Messages.elementSectionHandelingsdeel : Messages.elementSection;
			case "Group" -> Messages.elementGroup;
			case "Field" -> Messages.elementField;
			case "FactorsBlock" -> Messages.elementFactors;
			case "NeedsBlock" -> Messages.elementNeeds;
			case "OutflowBlock" -> Messages.elementOutflow;
			case "GoalsBlock" -> Messages.elementGoals;
			case "CycleBlock" -> Messages.elementCycle;
			case "PupilViewBlock" -> Messages.elementPupilView;
			case "OogoBlock" -> Messages.elementOogo;
			case "SignaturesBlock" -> Messages.elementSignatures;
			default -> element.eClass().getName();
			};
		}

		private static final java.util.Map<ValueKind, String> KIND_LABELS = java.util.Map.of(ValueKind.TEXT,
				Messages.valueText, ValueKind.LONG_TEXT, Messages.valueLongText, ValueKind.DATE, Messages.valueDate,
				ValueKind.NUMBER, Messages.valueNumber, ValueKind.YES_NO, Messages.valueYesNo, ValueKind.CHOICE,
				Messages.valueChoice, ValueKind.MULTIPLE_CHOICE, Messages.valueMultipleChoice, ValueKind.LEVEL,
				Messages.valueLevel, ValueKind.ATTACHMENT, Messages.valueAttachment);
	}
}
