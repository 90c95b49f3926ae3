/** Workbench parts of OPP Studio: application, advisors, perspective and views. */
package nl.oppstudio.ui.internal;
