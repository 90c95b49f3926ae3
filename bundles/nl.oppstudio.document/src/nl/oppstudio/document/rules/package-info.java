/**
 * The law on documents, in one place: {@link nl.oppstudio.document.rules.LawRules} judges a filled-in
 * OPP at a reference date (the six weeks, consent and who gives it, OOGO, hoorrecht, the commission's
 * advice, the yearly evaluation, the vso's uitstroom, the format's cycle moments, registration, reports
 * of third parties), reading each legal fact where the format keeps it
 * ({@link nl.oppstudio.document.LegalFacts}). {@link nl.oppstudio.document.Documents#validate} runs it
 * after the format's own rules; the law on formats is in the bundle {@code nl.oppstudio.format.rules}.
 * Sources per rule in docs/rules.md.
 */
package nl.oppstudio.document.rules;
