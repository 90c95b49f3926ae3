/**
 * The law on formats, in one place: what every OPP format must be able to hold
 * ({@link nl.oppstudio.format.rules.LegalMinimum}), which members can hold the fact a legal tag stands
 * for ({@link nl.oppstudio.format.rules.LegalTags}), who may adopt and who may consent
 * ({@link nl.oppstudio.format.rules.Roles}), and the Handreiking's checklist for a functional format
 * ({@link nl.oppstudio.format.rules.Checklist}, seed 001, Bijlage 1). The format checker
 * ({@code nl.oppstudio.format.dsl}) reports their findings; the lifecycle and the law on documents
 * ({@code nl.oppstudio.document.rules}) share {@code Roles}. Sources per rule in docs/rules.md.
 */
package nl.oppstudio.format.rules;
