/**
 * "Editor publiceren…": the Studio's dialog on {@link nl.oppstudio.generator.EditorGenerator} (issue 15),
 * through {@link nl.oppstudio.ui.internal.publish.Generation} so that tests can observe the request.
 */
package nl.oppstudio.ui.internal.publish;
