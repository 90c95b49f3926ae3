/**
 * The OPP format metamodel: {@link nl.oppstudio.format.model.Format}, its sections and fields.
 * The interfaces and implementations are generated from {@code model/format.ecore} into
 * {@code emf-gen/} by the build; this folder holds only hand-written additions.
 */
package nl.oppstudio.format.model;
