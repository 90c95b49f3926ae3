/** The OPP Editor's help menu: updates of its formats (check, install, migrate, roll back), branding and the about box. */
package nl.oppstudio.editor.internal.update;
