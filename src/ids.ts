/** Real id sources (tests inject their own through the same interface). */
import crypto from 'node:crypto';
import type { IdSource } from './core/ports.js';

// Crockford-style alphabet without 0/O/1/I/L: easy to read aloud or type on a phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function code(length: number): string {
  const bytes = crypto.randomBytes(length);
  return [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

export const randomIds: IdSource = {
  incidentId: () => crypto.randomUUID(),
  reference: (now) => `${now.toISOString().slice(0, 10).replace(/-/g, '')}-${code(6)}`,
  token: () => crypto.randomBytes(18).toString('base64url'),
};
