/**
 * Coordinate datums for export. WeChat shares GCJ-02 ("Mars" coordinates, the datum Chinese maps must use);
 * browsers and phones give WGS 84. NENA EIDO (PIDF-LO, EPSG:4326) and CAP 1.2 (`circle`) both want WGS 84,
 * so every exported point goes through `toWgs84`. Pure: gcoord does the maths, no I/O.
 *
 * gcoord leaves a GCJ-02 point outside mainland China unchanged (the offset only exists inside China), so
 * a point abroad comes out as it went in.
 */
import gcoordModule from 'gcoord';
import type { Datum } from '../core/incident.js';

/**
 * gcoord is CommonJS (`module.exports = {transform, …}`) but its typings declare `export default`: under
 * NodeNext the default import is typed as the module namespace. Take `.default` when a loader adds one.
 */
type Gcoord = typeof gcoordModule.default;
const gcoord: Gcoord = (gcoordModule as unknown as { default?: Gcoord }).default ?? (gcoordModule as unknown as Gcoord);

export interface DatumPoint {
  lat: number;
  lon: number;
  datum: Datum;
}

export interface Wgs84Point {
  lat: number;
  lon: number;
}

/** A point in WGS 84; throws RangeError for a latitude/longitude that is not a finite in-range number. */
export function toWgs84(point: DatumPoint): Wgs84Point {
  const { lat, lon, datum } = point;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new RangeError(`invalid coordinates: ${String(lat)},${String(lon)}`);
  }
  if (datum === 'WGS84') return { lat, lon };
  // gcoord takes and returns [lon, lat] (GeoJSON order).
  const [outLon, outLat] = gcoord.transform<[number, number]>([lon, lat], gcoord.GCJ02, gcoord.WGS84);
  return { lat: outLat, lon: outLon };
}

/** Great-circle distance in metres (haversine, mean Earth radius); used by tests and for sanity checks. */
export function distanceM(a: Wgs84Point, b: Wgs84Point): number {
  const r = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.min(1, Math.sqrt(h)));
}
