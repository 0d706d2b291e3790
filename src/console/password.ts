/**
 * Console passwords: scrypt (node:crypto) with a per-user random salt; the stored string carries its own
 * parameters ("scrypt$N$r$p$salt$hash", base64url), so they can be raised later without breaking old hashes.
 * Verification compares in constant time, and an unknown user costs the same as a wrong password.
 */
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
/** Long enough to be a pass phrase, short enough that hashing it is bounded work. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `the password must have at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `the password must have at most ${PASSWORD_MAX} characters`;
  return null;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** A hash of a random password: what an unknown user name is checked against (same cost, never matches). */
let decoy: Promise<string> | null = null;

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const target = stored ?? (await (decoy ??= hashPassword(crypto.randomBytes(18).toString('base64url'))));
  const [kind, n, r, p, saltText, hashText] = target.split('$');
  if (kind !== 'scrypt' || !saltText || !hashText) return false;
  const expected = Buffer.from(hashText, 'base64url');
  const given = await scrypt(
    password.slice(0, PASSWORD_MAX).normalize('NFKC'),
    Buffer.from(saltText, 'base64url'),
    expected.length,
    { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 },
  );
  return crypto.timingSafeEqual(given, expected) && stored !== null;
}
