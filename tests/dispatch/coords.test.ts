import { describe, expect, it } from 'vitest';
import { distanceM, toWgs84 } from '../../src/dispatch/coords.js';

describe('toWgs84', () => {
  it('converts GCJ-02 at Tiananmen to the WGS 84 reference point (within 20 m)', () => {
    // Reference: GCJ-02 (39.90872, 116.39748) ≈ WGS 84 (39.90733, 116.39123); gcoord gives 39.907319, 116.391239.
    const p = toWgs84({ lat: 39.90872, lon: 116.39748, datum: 'GCJ02' });
    expect(distanceM(p, { lat: 39.90733, lon: 116.39123 })).toBeLessThan(20);
    expect(p.lat).toBeCloseTo(39.907319, 5);
    expect(p.lon).toBeCloseTo(116.391239, 5);
    // The GCJ-02 offset in Beijing is several hundred metres: the conversion really moved the point.
    expect(distanceM(p, { lat: 39.90872, lon: 116.39748 })).toBeGreaterThan(400);
  });

  it('converts a Shanghai point (People’s Square) by the expected few hundred metres', () => {
    const p = toWgs84({ lat: 31.2304, lon: 121.4737, datum: 'GCJ02' });
    expect(p.lat).toBeCloseTo(31.232329, 5);
    expect(p.lon).toBeCloseTo(121.469162, 5);
    const shift = distanceM(p, { lat: 31.2304, lon: 121.4737 });
    expect(shift).toBeGreaterThan(300);
    expect(shift).toBeLessThan(700);
  });

  it('leaves a GCJ-02 point outside China unchanged (Eiffel Tower, Sydney)', () => {
    expect(toWgs84({ lat: 48.8584, lon: 2.2945, datum: 'GCJ02' })).toEqual({ lat: 48.8584, lon: 2.2945 });
    expect(toWgs84({ lat: -33.8568, lon: 151.2153, datum: 'GCJ02' })).toEqual({ lat: -33.8568, lon: 151.2153 });
  });

  it('returns WGS 84 input as it is', () => {
    expect(toWgs84({ lat: 39.90733, lon: 116.39123, datum: 'WGS84' })).toEqual({ lat: 39.90733, lon: 116.39123 });
  });

  it('rejects coordinates that are not numbers in range', () => {
    expect(() => toWgs84({ lat: Number.NaN, lon: 116, datum: 'GCJ02' })).toThrow(RangeError);
    expect(() => toWgs84({ lat: 91, lon: 116, datum: 'WGS84' })).toThrow(RangeError);
    expect(() => toWgs84({ lat: 39, lon: 181, datum: 'GCJ02' })).toThrow(RangeError);
  });

  it('distanceM: one degree of latitude is about 111 km', () => {
    expect(distanceM({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111_195, -2);
  });
});
