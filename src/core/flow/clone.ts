/**
 * The working copy of a state for one step. The state is plain JSON (objects, arrays, strings, numbers,
 * booleans, null; a key may hold undefined), so a walk over it copies it several times faster than
 * structuredClone, which serialises: the copy was ~7% of the core's CPU per message.
 */

/** A deep copy of plain JSON data; anything else (a Date, a Map) is left to structuredClone. */
export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out[i] = typeof v === 'object' && v !== null ? clonePlain(v) : v;
    }
    return out as T;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const v = (value as Record<string, unknown>)[key];
    // Strings, numbers, booleans and null (most values) are kept without a call.
    out[key] = typeof v === 'object' && v !== null ? clonePlain(v) : v;
  }
  return out as T;
}

/**
 * A deep copy of a plain JSON object except the values of `shared` keys (at the top level only), which the copy
 * holds as they are: values the caller only ever replaces whole and never changes in place, so the old and the
 * new object may hold the same one. Keys keep their order.
 */
export function clonePlainSharing<T extends object>(value: T, shared: ReadonlySet<string>): T {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const v = (value as Record<string, unknown>)[key];
    out[key] = typeof v !== 'object' || v === null || shared.has(key) ? v : clonePlain(v);
  }
  return out as T;
}
