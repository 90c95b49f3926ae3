package nl.oppstudio.format.dsl;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class FormatStandaloneSetup extends FormatStandaloneSetupGenerated {

	public static void doSetup() {
		new FormatStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
