/** Tests of the installed formats and their updates, on test repositories written from dsl-examples. */
package nl.oppstudio.update.tests;
