/** Geometry types of the boundary layer: plain arrays in [lon, lat] order, as GeoJSON has them. */

/** One position, [lon, lat]. */
export type Position = [number, number];
/** One closed ring of [lon, lat] positions (first = last). */
export type Ring = Position[];
/** An outer ring followed by its holes. */
export type Polygon = Ring[];
/** A commune's shape: one or more polygons (islands, exclaves). */
export type Shape = Polygon[];

/** [west, south, east, north]. */
export type BBox = [number, number, number, number];

/** One validated outline: which file and feature it came from, the code and period it is valid for. */
export interface BoundaryShape {
  /** `<file>#<feature number>`, unique. */
  id: string;
  file: string;
  feature: number;
  code: string;
  /** The period the shape is valid for, as declared (feature, else file index); open ends are null. */
  from: string | null;
  to: string | null;
  shape: Shape;
  /** Keys of the register units (rows) of `code` whose periods meet the shape's: one territory. */
  unitKeys: string[];
}

/** Where a boundary file's geometry comes from and under which licence (boundaries/boundaries.yaml). */
export interface BoundarySource {
  file: string;
  title: { vi: string; en: string };
  url: string;
  licence: { id: string; name: string; url: string };
  /** The file's default period from the index (a feature may give its own); open ends are null. */
  from: string | null;
  to: string | null;
}
