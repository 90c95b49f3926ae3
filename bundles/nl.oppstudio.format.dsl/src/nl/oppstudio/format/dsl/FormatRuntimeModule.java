package nl.oppstudio.format.dsl;

import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.validation.CompositeEValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

import nl.oppstudio.format.dsl.documentation.FormatDocumentationProvider;
import nl.oppstudio.format.dsl.formatting.FormatFormatter;
import nl.oppstudio.format.dsl.scoping.EffectiveMembersScopeProvider;
import nl.oppstudio.format.dsl.scoping.FormatQualifiedNameProvider;
import nl.oppstudio.format.dsl.validation.FormatLinkingDiagnosticMessageProvider;
import nl.oppstudio.format.dsl.validation.FormatSyntaxErrorMessageProvider;

/** Guice bindings of the format language at run time, inside and outside OSGi. */
public class FormatRuntimeModule extends AbstractFormatRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return FormatQualifiedNameProvider.class;
	}

	/**
	 * EMF's generic constraints (multiplicities) are what the grammar already guarantees; skipping them
	 * keeps all checks within 1.2x of parsing (docs/benchmarks.md).
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR))
				.toInstance(Boolean.FALSE);
	}

	@Override
	public Class<? extends IScopeProvider> bindIScopeProvider() {
		return EffectiveMembersScopeProvider.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return FormatDocumentationProvider.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return FormatFormatter.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return FormatLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return FormatSyntaxErrorMessageProvider.class;
	}
}
