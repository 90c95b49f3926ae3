package nl.oppstudio.format.dsl.ide;


/**
 * Use this class to register ide components.
 */
public class FormatIdeModule extends AbstractFormatIdeModule {
}
