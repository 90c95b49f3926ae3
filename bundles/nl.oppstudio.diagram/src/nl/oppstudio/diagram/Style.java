package nl.oppstudio.diagram;

/**
 * How a node is drawn. Colours are 0xRRGGBB. A dashed border marks what is not (yet) final (a goal not
 * yet evaluated, a phase still planned) so that the state reads without colour as well as with the icon.
 */
public record Style(int fill, int border, int text, double borderWidth, boolean dashed) {
}
