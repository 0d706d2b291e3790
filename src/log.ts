/**
 * Structured logs (pino). Phone numbers and secrets never reach the logs: known secret fields are
 * redacted, and every string that looks like a phone number is masked to its last four digits.
 */
import pino, { type Logger } from 'pino';

// A run of 7+ digits (spaces and dashes allowed) that is not part of a longer token with letters, such as
// a reference "20261123-K7Q2PX", an ISO time or a UUID.
const PHONE = /(?<![\w-])\+?\d[\d\s-]{5,}\d(?![\w-]*[A-Za-z])/g;

/** "+8613800138000" -> "+86*******8000"; keeps the last 4 digits so people can still tell numbers apart. */
export function maskPhones(text: string): string {
  return text.replace(PHONE, (m) => {
    const digits = m.replace(/\D/g, '');
    if (digits.length < 7) return m;
    const prefix = m.startsWith('+') ? `+${digits.slice(0, 2)}` : '';
    return `${prefix}${'*'.repeat(Math.max(3, digits.length - 4 - (prefix ? 2 : 0)))}${digits.slice(-4)}`;
  });
}

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPhones(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          '*.authorization',
          '*.token',
          '*.password',
          '*.secret',
          'headers.authorization',
          'req.headers.authorization',
          'config.env',
        ],
        censor: '[redacted]',
      },
      formatters: {
        log: (obj) => maskDeep(obj) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskPhones(a) : a));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
