package nl.oppstudio.forms.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import nl.oppstudio.document.DisplayValues;
import nl.oppstudio.document.SchemaNode.Leaf;
import nl.oppstudio.document.SchemaNode.ValueKind;
import nl.oppstudio.format.model.ChoiceOption;
import nl.oppstudio.forms.spi.CellRenderer;

/** Table cells: text in place for text, numbers, levels and dates (dd-mm-jjjj); a list for a choice and ja/nee. */
final class StandardCells {

	private StandardCells() {
	}

	static final class TextCell implements CellRenderer {
		@Override
		public double rank(Leaf leaf) {
			return 1;
		}

		@Override
		public String text(Leaf leaf, String value) {
			if (leaf.kind() == ValueKind.DATE) {
				return DutchDates.shown(value);
			}
			String shown = DisplayValues.of(leaf, value);
			return shown == null ? "" : shown.replace('\n', ' ');
		}

		@Override
		public CellEditor editor(Composite table, Leaf leaf) {
			return new TextCellEditor(table, leaf.kind() == ValueKind.LONG_TEXT ? SWT.MULTI | SWT.WRAP : SWT.SINGLE);
		}

		@Override
		public Object editorValue(Leaf leaf, String value) {
			return leaf.kind() == ValueKind.DATE ? DutchDates.shown(value) : value == null ? "" : value;
		}

		@Override
		public String storedValue(Leaf leaf, Object editorValue) {
			String text = editorValue == null ? "" : editorValue.toString().strip();
			if (text.isEmpty()) {
				return null;
			}
			if (leaf.kind() == ValueKind.DATE) {
				LocalDate date = DutchDates.parse(text);
				return date == null ? text : date.toString();
			}
			return text;
		}
	}

	static final class ChoiceCell implements CellRenderer {
		@Override
		public double rank(Leaf leaf) {
			return leaf.kind() == ValueKind.CHOICE || leaf.kind() == ValueKind.YES_NO ? 2 : NOT_APPLICABLE;
		}

		@Override
		public String text(Leaf leaf, String value) {
			String shown = DisplayValues.of(leaf, value);
			return shown == null ? "" : shown;
		}

		@Override
		public CellEditor editor(Composite table, Leaf leaf) {
			List<String> labels = new ArrayList<>();
			labels.add("");
			for (String code : codes(leaf)) {
				labels.add(text(leaf, code));
			}
			return new ComboBoxCellEditor(table, labels.toArray(String[]::new), SWT.READ_ONLY);
		}

		@Override
		public Object editorValue(Leaf leaf, String value) {
			return codes(leaf).indexOf(value) + 1;
		}

		@Override
		public String storedValue(Leaf leaf, Object editorValue) {
			int index = editorValue instanceof Integer number ? number : 0;
			List<String> codes = codes(leaf);
			return index <= 0 || index > codes.size() ? null : codes.get(index - 1);
		}

		private static List<String> codes(Leaf leaf) {
			if (leaf.kind() == ValueKind.YES_NO) {
				return List.of("ja", "nee");
			}
			return leaf.options().stream().map(ChoiceOption::getCode).toList();
		}
	}
}
