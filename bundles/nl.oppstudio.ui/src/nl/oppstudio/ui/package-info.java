/**
 * OPP Studio, the Eclipse RCP application: a window on a folder that lists its formats and
 * documents and shows a format's structure. All logic it shows comes from the headless steps.
 */
package nl.oppstudio.ui;
