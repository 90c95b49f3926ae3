package nl.oppstudio.forms.spi;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;

import nl.oppstudio.document.SchemaNode.Leaf;

/** Shows and edits one value kind in a table cell. The highest {@link #rank} wins. */
public interface CellRenderer {

	double NOT_APPLICABLE = -1;

	double rank(Leaf leaf);

	/** The text of the cell for a stored value (may be {@code null}). */
	String text(Leaf leaf, String value);

	/** The cell editor, or {@code null} when the cell is not edited in place. */
	CellEditor editor(Composite table, Leaf leaf);

	/** What the editor shows for a stored value. */
	Object editorValue(Leaf leaf, String value);

	/** The stored value for what the editor holds, or {@code null} to clear; throws nothing on bad input. */
	String storedValue(Leaf leaf, Object editorValue);
}
