package nl.oppstudio.forms;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import nl.oppstudio.core.Diagnostic;
import nl.oppstudio.document.Documents;
import nl.oppstudio.document.OppDocument;
import nl.oppstudio.forms.internal.ValueEdit;

/**
 * One document being edited: the document, its file, and one editing domain whose command stack holds
 * every change, so that undo and redo cover them all. Validation is that of {@code opp validate}, judged
 * at {@link #date()}.
 */
public final class FormSession {

	private final OppDocument document;
	private final Path file;
	private final EditingDomain domain;
	private LocalDate date = LocalDate.now();
	private boolean readOnly;
	private ValueEdit typing;
	private boolean unsavedFromElsewhere;

	public FormSession(OppDocument document, Path file) {
		this.document = document;
		this.file = file;
		this.domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
	}

	public OppDocument document() {
		return document;
	}

	/** The document's file, or {@code null} for one not saved yet. */
	public Path file() {
		return file;
	}

	public EditingDomain domain() {
		return domain;
	}

	public CommandStack commands() {
		return domain.getCommandStack();
	}

	/** The day that deadlines and the law are judged at (today, unless a test says otherwise). */
	public LocalDate date() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	/** {@code true} when the content may not change (a vastgesteld plan, a file locked by someone else). */
	public boolean readOnly() {
		return readOnly;
	}

	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
	}

	/** Runs a change as a command, so that it can be undone. */
	public void execute(Command command) {
		endTyping();
		if (!readOnly && command.canExecute()) {
			commands().execute(command);
		}
	}

	/**
	 * Sets a value as typing does: successive calls for the same field, without another command or
	 * {@link #endTyping()} between them, make one step of undo.
	 */
	public void type(ControlNode control, String value) {
		if (readOnly) {
			return;
		}
		if (typing != null && typing.isFor(control) && commands().getUndoCommand() == typing) {
			typing.extend(value);
			return;
		}
		endTyping();
		ValueEdit edit = ValueEdit.of(control, value);
		if (edit != null) {
			commands().execute(edit);
			typing = edit;
		}
	}

	/** Ends a run of typing (focus left the field, Enter): the next keystroke starts a new undo step. */
	public void endTyping() {
		typing = null;
	}

	/** Whether there are changes since the last save. */
	public boolean dirty() {
		return unsavedFromElsewhere || ((BasicCommandStack) commands()).isSaveNeeded();
	}

	/** Marks the document as not saved although no command changed it (restored from a recovery file). */
	public void markUnsaved() {
		unsavedFromElsewhere = true;
	}

	/** Marks the current state as saved (after the caller wrote the file). */
	public void saved() {
		endTyping();
		unsavedFromElsewhere = false;
		((BasicCommandStack) commands()).saveIsDone();
	}

	/**
	 * After a change outside the command stack that may not be undone (a move in the life of the OPP, written
	 * to its log): forgets undo and redo, and marks the state as saved.
	 */
	public void committed() {
		endTyping();
		commands().flush();
		unsavedFromElsewhere = false;
		((BasicCommandStack) commands()).saveIsDone();
	}

	/** The diagnostics of {@code opp validate} for the document as it is now. */
	public List<Diagnostic> validate() {
		return Documents.validate(document, file, date);
	}
}
