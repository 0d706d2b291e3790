/**
 * Dispatch targets: where outbox items go. Each target receives every revision of every incident, in
 * revision order per incident (the outbox worker guarantees the order and the retries; a target only tries
 * once and says whether it worked).
 *
 * Which targets are on is decided once from the configuration: the HTTP webhook when DISPATCH_WEBHOOK_URL is
 * set, e-mail when SMTP_URL and DISPATCH_EMAIL_TO are set.
 */
import type { Config } from '../config.js';
import type { DispatchTarget, TargetName } from './delivery.js';
import { EmailTarget, parseRecipients } from './email.js';
import { WebhookTarget, type FetchLike } from './webhook.js';

export interface TargetOptions {
  /** The webhook's fetch (tests may inject one); unset: node:http(s) with a keep-alive agent. */
  fetch?: FetchLike;
  /** Webhook request timeout; default 5 s. */
  webhookTimeoutMs?: number;
  /** SMTP connection / socket timeouts; default 10 s / 20 s. */
  smtpTimeoutMs?: number;
  now: () => Date;
}

export interface TargetSetup {
  targets: DispatchTarget[];
  /** Targets that are off and why (logged at start). */
  off: { target: TargetName; reason: string }[];
  /** Targets that are on with a caveat (logged as warnings at start). */
  warnings: string[];
  /** Removes configured secrets and URLs from a text that may end up in logs or the database. */
  redact: (text: string) => string;
}

export function dispatchTargets(config: Readonly<Config>, opts: TargetOptions): TargetSetup {
  const env = config.env;
  const targets: DispatchTarget[] = [];
  const off: TargetSetup['off'] = [];
  const warnings: string[] = [];
  const redact = redactor([env.DISPATCH_WEBHOOK_SECRET, env.DISPATCH_WEBHOOK_URL, env.SMTP_URL, smtpPassword(env)]);

  if (env.DISPATCH_WEBHOOK_URL) {
    if (!env.DISPATCH_WEBHOOK_SECRET) {
      warnings.push('DISPATCH_WEBHOOK_SECRET is unset: webhook deliveries are sent unsigned');
    }
    targets.push(
      new WebhookTarget({
        url: env.DISPATCH_WEBHOOK_URL,
        secret: env.DISPATCH_WEBHOOK_SECRET,
        timeoutMs: opts.webhookTimeoutMs ?? 5000,
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
        now: opts.now,
      }),
    );
  } else {
    off.push({ target: 'webhook', reason: 'DISPATCH_WEBHOOK_URL is unset' });
  }

  const recipients = env.DISPATCH_EMAIL_TO ? parseRecipients(env.DISPATCH_EMAIL_TO) : [];
  if (env.SMTP_URL && recipients.length > 0) {
    targets.push(
      new EmailTarget({
        smtpUrl: env.SMTP_URL,
        from: env.MAIL_FROM ?? `intake@${config.agencyId}`,
        to: recipients,
        agencyId: config.agencyId,
        agencyName: config.agencyName,
        timeoutMs: opts.smtpTimeoutMs ?? 10_000,
        redact,
      }),
    );
  } else if (env.SMTP_URL || env.DISPATCH_EMAIL_TO) {
    off.push({
      target: 'email',
      reason: env.SMTP_URL
        ? 'DISPATCH_EMAIL_TO is unset or holds no address'
        : 'SMTP_URL is unset (DISPATCH_EMAIL_TO alone is not enough)',
    });
  } else {
    off.push({ target: 'email', reason: 'SMTP_URL and DISPATCH_EMAIL_TO are unset' });
  }
  return { targets, off, warnings, redact };
}

function smtpPassword(env: Config['env']): string | undefined {
  if (!env.SMTP_URL) return undefined;
  try {
    const password = decodeURIComponent(new URL(env.SMTP_URL).password);
    return password === '' ? undefined : password;
  } catch {
    return undefined;
  }
}

function redactor(secrets: (string | undefined)[]): (text: string) => string {
  // Longest first, so a URL is replaced whole before the password inside it.
  const list = secrets.filter((s): s is string => s !== undefined && s.length >= 4).sort((a, b) => b.length - a.length);
  return (text) => list.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}
