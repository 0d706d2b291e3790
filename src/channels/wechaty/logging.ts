/**
 * Wechaty's own logger (brolog, shared by Wechaty and its puppets) writes to stderr and, at its verbose and
 * silly levels, prints constructor options — the puppet token among them ("Puppet constructor({"token":...})").
 * This routes every line it prints into the gateway's logger instead, with every configured secret replaced,
 * whatever level either logger is set to. Its level follows the gateway's (trace → silly, debug → verbose).
 */
import type { Logger } from 'pino';
import type { Config } from '../../config.js';

interface Brolog {
  level(name?: string): string;
  enableLogging(printer: (levelTitle: string, text?: string) => void): unknown;
}

/** Values of configured secrets (tokens, passwords, secrets, URLs that may carry credentials). */
export function secretsOf(config: Readonly<Config>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(config.env)) {
    if (typeof value !== 'string' || value.length < 4) continue;
    if (/TOKEN|SECRET|PASSWORD/.test(key)) out.push(value);
    else if (/_URL$/.test(key)) {
      const password = /^[a-z][a-z0-9+.-]*:\/\/[^:@/]*:([^@/]+)@/i.exec(value)?.[1];
      if (password && password.length >= 4) out.push(password, decodeURIComponent(password));
    }
  }
  return [...new Set(out)].sort((a, b) => b.length - a.length);
}

/** The text with every secret, and any JSON-ish "token"/"password"/"secret" value, replaced by ***. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out.replace(/("?(?:token|password|secret|passwd)"?\s*[:=]\s*"?)[^"\s,}]+/gi, '$1***');
}

const LEVELS: Readonly<Record<string, 'error' | 'warn' | 'info' | 'debug' | 'trace'>> = {
  ERR: 'error',
  WARN: 'warn',
  INFO: 'info',
  VERB: 'debug',
  SILL: 'trace',
};

export function routeWechatyLog(brolog: Brolog, log: Logger, secrets: readonly string[]): void {
  const levels: Record<string, string> = { trace: 'silly', debug: 'verbose', info: 'info', warn: 'warn' };
  brolog.level(levels[log.level] ?? (log.level === 'silent' ? 'silent' : 'error'));
  brolog.enableLogging((levelTitle, text) => {
    const level = LEVELS[levelTitle] ?? 'debug';
    log[level]({ wechaty: levelTitle }, redactSecrets(text ?? '', secrets));
  });
}
