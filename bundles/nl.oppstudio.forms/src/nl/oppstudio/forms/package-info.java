/**
 * A document as a form: {@link nl.oppstudio.forms.Form} (the state, testable without a display),
 * {@link nl.oppstudio.forms.FormSession} (the document, its file and its command stack) and
 * {@link nl.oppstudio.forms.FormView} (the SWT widgets, made by the renderers of
 * {@link nl.oppstudio.forms.spi}).
 */
package nl.oppstudio.forms;
