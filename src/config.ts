/**
 * The environment as one zod schema, read once, frozen and passed down. Only src/main.ts touches process.env.
 * Every invalid variable is reported at once, not one at a time.
 */
import { z } from 'zod';
import { LANGUAGES } from './core/incident.js';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const optionalUrl = optionalString.refine((v) => v === undefined || URL.canParse(v), 'must be a URL');
const intFrom = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const schema = z.object({
  PORT: intFrom(3000, 0, 65535),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PUBLIC_BASE_URL: z
    .string()
    .trim()
    .default('http://127.0.0.1:3000')
    .refine((v) => URL.canParse(v), 'must be a URL such as https://intake.example.org'),
  DATABASE_URL: z
    .string()
    .trim()
    .default('file:./data/intake.db')
    .refine((v) => v.startsWith('file:') || /^postgres(ql)?:\/\//.test(v), 'must start with file: or postgres://'),
  AGENCY_ID: z.string().trim().min(1).default('agency.example'),
  AGENCY_NAME: z.string().trim().min(1).default('110'),
  DEFAULT_LANGUAGE: z.enum(LANGUAGES).default('zh-CN'),
  TWILIO_ACCOUNT_SID: optionalString,
  TWILIO_AUTH_TOKEN: optionalString,
  TWILIO_FROM: optionalString,
  WECHATY_PUPPET: optionalString,
  WECHATY_PUPPET_TOKEN: optionalString,
  WECHAT_OA_TOKEN: optionalString,
  WECHAT_OA_APPID: optionalString,
  WECHAT_OA_SECRET: optionalString,
  SMPP_URL: optionalString.refine(
    (v) => v === undefined || /^smpp:\/\/[^:@/\s]+(:[^@/\s]*)?@[^\s/@]+(:\d{1,5})?\/?$/.test(v),
    'must be smpp://system_id:password@host:port',
  ),
  SMPP_SOURCE_ADDR: optionalString.refine(
    (v) => v === undefined || /^\+?[A-Za-z0-9]{1,20}$/.test(v),
    'must be the short code or number reporters text, e.g. 12110',
  ),
  DISPATCH_WEBHOOK_URL: optionalUrl,
  DISPATCH_WEBHOOK_SECRET: optionalString,
  SMTP_URL: optionalUrl,
  MAIL_FROM: optionalString,
  DISPATCH_EMAIL_TO: optionalString,
  DISPATCH_API_TOKEN: optionalString,
  METRICS_TOKEN: optionalString,
  NUDGE_AFTER_S: intFrom(90, 1, 86_400),
  ESCALATE_AFTER_S: intFrom(180, 1, 86_400),
  INACTIVE_AFTER_MIN: intFrom(30, 1, 10_080),
  NEW_REPORTS_PER_IP_PER_10MIN: intFrom(20, 1, 1_000_000),
  NEW_REPORTS_PER_SENDER_PER_HOUR: intFrom(5, 1, 1_000_000),
  MESSAGES_PER_SENDER_PER_MIN: intFrom(20, 1, 1_000_000),
  TRUST_PROXY: optionalString.refine(
    (v) =>
      v === undefined ||
      /^(false|\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-f.:/]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-f.:/]+))*)$/i.test(
        v,
      ),
    'must be false, a hop count, or proxy addresses/CIDRs such as loopback or 10.0.0.0/8 ("true" would let any client pick its address and escape the per-address limits)',
  ),
  MAP_URL_TEMPLATE: z
    .string()
    .trim()
    .default('https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}')
    .refine(
      (v) => /^https?:\/\//.test(v) && v.includes('{lat}') && v.includes('{lon}'),
      'must be an http(s) URL containing {lat} and {lon}',
    ),
  CONSOLE_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof schema>;

export interface Config {
  port: number;
  host: string;
  publicBaseUrl: string;
  databaseUrl: string;
  agencyId: string;
  agencyName: string;
  defaultLanguage: (typeof LANGUAGES)[number];
  dispatchApiToken: string | undefined;
  /** Bearer token for GET /metrics; unset: /metrics answers 404. */
  metricsToken: string | undefined;
  timers: { nudgeAfterS: number; escalateAfterS: number; inactiveAfterMin: number };
  logLevel: Env['LOG_LEVEL'];
  /**
   * Express "trust proxy": which reverse proxies' X-Forwarded-For to believe for the client address (used
   * by per-address rate limits and idempotency scopes). false: the socket's address.
   */
  trustProxy: false | number | string;
  /** Limits by source: new reports per client address (web) and per sender, and a sender's message rate. */
  limits: { newReportsPerIpPer10Min: number; newReportsPerSenderPerHour: number; messagesPerSenderPerMin: number };
  /** The console: map link template ({lat}, {lon} in WGS 84) and whether its cookies are Secure. */
  console: { mapUrlTemplate: string; cookieSecure: 'auto' | boolean };
  env: Readonly<Env>;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment map. Throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined>): Readonly<Config> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = Object.freeze(parsed.data);
  if (e.NUDGE_AFTER_S >= e.ESCALATE_AFTER_S) {
    throw new ConfigError(['NUDGE_AFTER_S must be shorter than ESCALATE_AFTER_S']);
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL,
    agencyId: e.AGENCY_ID,
    agencyName: e.AGENCY_NAME,
    defaultLanguage: e.DEFAULT_LANGUAGE,
    dispatchApiToken: e.DISPATCH_API_TOKEN,
    metricsToken: e.METRICS_TOKEN,
    timers: Object.freeze({
      nudgeAfterS: e.NUDGE_AFTER_S,
      escalateAfterS: e.ESCALATE_AFTER_S,
      inactiveAfterMin: e.INACTIVE_AFTER_MIN,
    }),
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    limits: Object.freeze({
      newReportsPerIpPer10Min: e.NEW_REPORTS_PER_IP_PER_10MIN,
      newReportsPerSenderPerHour: e.NEW_REPORTS_PER_SENDER_PER_HOUR,
      messagesPerSenderPerMin: e.MESSAGES_PER_SENDER_PER_MIN,
    }),
    console: Object.freeze({
      mapUrlTemplate: e.MAP_URL_TEMPLATE,
      cookieSecure: e.CONSOLE_COOKIE_SECURE === 'auto' ? ('auto' as const) : e.CONSOLE_COOKIE_SECURE === 'true',
    }),
    env: e,
  });
}

function parseTrustProxy(value: string | undefined): false | number | string {
  if (value === undefined || value.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
