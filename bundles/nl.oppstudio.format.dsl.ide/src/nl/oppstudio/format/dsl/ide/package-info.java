/** Xtext's generic IDE services for the format language (content assist, outline, formatting). */
package nl.oppstudio.format.dsl.ide;
