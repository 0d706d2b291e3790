import { describe, expect, it } from 'vitest';
import { randomIds, timeOrderedId } from '../../src/ids.js';

describe('time-ordered ids (UUID version 7)', () => {
  it('are UUIDs of version 7 and variant 10 whose first 48 bits are the time in milliseconds', () => {
    const at = Date.parse('2026-11-30T01:30:00.123Z');
    const id = timeOrderedId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sort by time as text (so a new row goes to the end of the indexes keyed by it), and never repeat', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => timeOrderedId(1_790_000_000_000 + Math.floor(i / 10)));
    expect(new Set(ids).size).toBe(ids.length);
    const byMs = ids.map((id) => id.slice(0, 13));
    expect([...byMs].sort()).toEqual(byMs);
  });

  it('new incidents get one', () => {
    expect(randomIds.incidentId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });
});
