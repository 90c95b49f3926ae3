/** The OPP Studio window's parts: the application, the folder's tree, the context that parts get, texts. */
package nl.oppstudio.ui.internal;
