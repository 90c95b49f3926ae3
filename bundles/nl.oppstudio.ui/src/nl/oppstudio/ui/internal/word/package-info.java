/** "Formaat uit Word…": an SWV's Word template becomes a draft format in the Studio's folder, with its report (issue 17). */
package nl.oppstudio.ui.internal.word;
