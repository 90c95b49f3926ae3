/** The format text editor's services (parse, check, assist, hover, outline, fixes, navigation, rename), without UI. */
package nl.oppstudio.format.dsl.ide.editing;
