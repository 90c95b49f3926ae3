/**
 * The format checker: {@link nl.oppstudio.format.dsl.validation.FormatValidator} (quality rules),
 * Dutch syntax messages, and the stable {@link nl.oppstudio.format.dsl.validation.FormatIssueCodes}.
 */
package nl.oppstudio.format.dsl.validation;
