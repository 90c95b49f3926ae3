package nl.oppstudio.forms.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Link;

import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.format.model.SchoolType;
import nl.oppstudio.forms.ControlNode;
import nl.oppstudio.forms.spi.ControlView;

/**
 * One choice: radio buttons for a few options (ja/nee too), a combo for many; several choices: check
 * boxes. Options limited to other school types are left out. "Wissen" empties a choice.
 */
final class ChoiceControl implements ControlView {

	/** Up to this many options show as radio buttons. */
	static final int MAX_RADIOS = 5;

	private final ControlNode control;
	private final List<String> codes = new ArrayList<>();
	private final List<Button> buttons = new ArrayList<>();
	private final boolean multiple;
	private Combo combo;
	private Link clear;
	private final Composite row;
	private boolean updating;

	ChoiceControl(Composite parent, ControlNode control) {
		this.control = control;
		this.multiple = control.kind() == ValueKind.MULTIPLE_CHOICE;
		List<String> labels = new ArrayList<>();
		if (control.kind() == ValueKind.YES_NO) {
			codes.addAll(List.of("ja", "nee"));
			labels.addAll(List.of(Messages.yes, Messages.no));
		} else {
			String schoolType = control.form().session().document().schoolType();
			for (ChoiceOption option : control.leaf().options()) {
				if (fits(option, schoolType) || control.values().contains(option.getCode())) {
					codes.add(option.getCode());
					labels.add(option.getLabel() == null ? option.getCode() : option.getLabel());
				}
			}
		}
		row = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(multiple && codes.size() > MAX_RADIOS ? SWT.VERTICAL : SWT.HORIZONTAL);
		layout.marginLeft = 0;
		layout.marginTop = 0;
		layout.wrap = true;
		layout.spacing = 12;
		layout.center = true;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		if (!multiple && codes.size() > MAX_RADIOS) {
			combo = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.add("");
			labels.forEach(combo::add);
			combo.setVisibleItemCount(Math.min(20, labels.size() + 1));
			combo.addListener(SWT.Selection, event -> {
				if (!updating) {
					int index = combo.getSelectionIndex();
					control.set(index <= 0 ? null : codes.get(index - 1));
				}
			});
		} else {
			for (int i = 0; i < codes.size(); i++) {
				Button button = new Button(row, multiple ? SWT.CHECK : SWT.RADIO);
				button.setText(labels.get(i));
				Frames.accessibleName(button, control.label() + ": " + labels.get(i));
				button.addListener(SWT.Selection, event -> {
					if (!updating && (multiple || button.getSelection())) {
						control.set(selected());
					}
				});
				buttons.add(button);
			}
			if (!multiple) {
				clear = new Link(row, SWT.NONE);
				clear.setText("<a>" + Messages.clear + "</a>");
				clear.setToolTipText(Messages.clearTip);
				clear.addListener(SWT.Selection, event -> control.set(null));
			}
		}
		refresh();
	}

	private static boolean fits(ChoiceOption option, String schoolType) {
		return option.getSchoolTypes().isEmpty() || schoolType == null
				|| option.getSchoolTypes().stream().map(SchoolType::getLiteral).anyMatch(schoolType::equals);
	}

	private String selected() {
		List<String> chosen = new ArrayList<>();
		for (int i = 0; i < buttons.size(); i++) {
			if (buttons.get(i).getSelection()) {
				chosen.add(codes.get(i));
			}
		}
		return chosen.isEmpty() ? null : String.join(", ", chosen);
	}

	@Override
	public void refresh() {
		updating = true;
		try {
			List<String> values = control.values();
			if (combo != null) {
				int index = values.isEmpty() ? 0 : codes.indexOf(values.get(0)) + 1;
				if (combo.getSelectionIndex() != index) {
					combo.select(Math.max(index, 0));
				}
			}
			for (int i = 0; i < buttons.size(); i++) {
				boolean on = values.contains(codes.get(i));
				if (buttons.get(i).getSelection() != on) {
					buttons.get(i).setSelection(on);
				}
			}
			if (clear != null) {
				clear.setVisible(!values.isEmpty());
			}
		} finally {
			updating = false;
		}
	}

	@Override
	public Control focusControl() {
		if (combo != null) {
			return combo;
		}
		for (Button button : buttons) {
			if (button.getSelection()) {
				return button;
			}
		}
		return buttons.isEmpty() ? row : buttons.get(0);
	}

	@Override
	public void setEditable(boolean editable) {
		if (combo != null) {
			combo.setEnabled(editable);
		}
		buttons.forEach(button -> button.setEnabled(editable));
		if (clear != null) {
			clear.setEnabled(editable);
		}
	}
}
