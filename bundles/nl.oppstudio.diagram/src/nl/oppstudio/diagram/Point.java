package nl.oppstudio.diagram;

/** A point of a scene, in points from the top left. */
public record Point(double x, double y) {
}
