package nl.oppstudio.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
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
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.Field;
import nl.oppstudio.format.model.Format;
import nl.oppstudio.format.model.Section;
import nl.oppstudio.ui.WidgetIds;

/** Shows, read-only, the structure of the format selected in the folder: sections, fields, options. */
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
		status.setText("Kies links een formaat.");
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
				: loaded.format().getName() + " (" + loaded.format().getId() + ", versie " + loaded.format().getVersion() + ")";
		status.setText(errors == 0 ? name
				: name + ": " + errors + (errors == 1 ? " fout" : " fouten") + ", eerste: " + loaded.diagnostics().get(0));
		status.getParent().layout();
		viewer.setInput(loaded.format());
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

	/** Format → sections → fields → options. */
	static final class StructureContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Format format ? format.getSections().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Section section) {
				return section.getFields().toArray();
			}
			if (parent instanceof Field field) {
				return field.getOptions().toArray();
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
			if (element instanceof Section section) {
				return "Sectie: " + label(section.getLabel(), section.getName());
			}
			if (element instanceof Field field) {
				return label(field.getLabel(), field.getName()) + " — " + field.getType().getLiteral()
						+ (field.isRequired() ? ", verplicht" : "");
			}
			if (element instanceof ChoiceOption option) {
				return label(option.getLabel(), option.getCode()) + " (" + option.getCode() + ")";
			}
			return String.valueOf(element);
		}

		private static String label(String label, String name) {
			return label != null ? label : name;
		}
	}

}
