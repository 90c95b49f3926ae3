/** Content assist of the format language beyond what the grammar proposes. */
package nl.oppstudio.format.dsl.ide.contentassist;
