package nl.oppstudio.format.dsl;

import org.eclipse.emf.ecore.EPackage;

import com.google.inject.Injector;

import nl.oppstudio.format.model.FormatPackage;

/**
 * Sets the language up without the Equinox extension registry (command line, plain Java). There the
 * metamodel's plugin.xml is not read, so its package is registered here.
 */
public class FormatStandaloneSetup extends FormatStandaloneSetupGenerated {

	public static void doSetup() {
		new FormatStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		if (!EPackage.Registry.INSTANCE.containsKey(FormatPackage.eNS_URI)) {
			EPackage.Registry.INSTANCE.put(FormatPackage.eNS_URI, FormatPackage.eINSTANCE);
		}
		return super.createInjectorAndDoEMFRegistration();
	}
}
