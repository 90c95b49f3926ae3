/**
 * The Handreiking's checklist for a functional OPP format (seed 001, Bijlage 1, version 2, March 2025):
 * {@link nl.oppstudio.format.dsl.checklist.Checklist} scores a format n/15 with a reason per point.
 */
package nl.oppstudio.format.dsl.checklist;
