/** Reading p2 repositories, downloading, extracting jars, version order and the Dutch messages of the updater. */
package nl.oppstudio.update.internal;
