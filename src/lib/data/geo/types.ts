/** Geometry types of the boundary layer: plain arrays in [lon, lat] order, as GeoJSON has them. */

/** One closed ring of [lon, lat] positions (first = last). */
export type Ring = [number, number][];
/** An outer ring followed by its holes. */
export type Polygon = Ring[];
/** A commune's shape: one or more polygons (islands, exclaves). */
export type Shape = Polygon[];

/** Shapes by commune code, with every problem met while reading (as plain text, file named). */
export interface Boundaries {
  shapes: Map<string, Shape>;
  problems: string[];
}
