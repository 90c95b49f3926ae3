package nl.oppstudio.format.dsl.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import nl.oppstudio.format.dsl.FormatRuntimeModule;
import nl.oppstudio.format.dsl.FormatStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class FormatIdeSetup extends FormatStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new FormatRuntimeModule(), new FormatIdeModule()));
	}
	
}
