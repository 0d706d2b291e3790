/**
 * The web channel: the no-JavaScript report form and the reporter's own page (/report, /report/<token>),
 * and the JSON API for apps (/api/v1/reports...). The reporter's address on this channel is a random id
 * made when the report starts; the page token is the incident's secret.
 */
import crypto from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { IdempotencyConflict, IntakeError } from '../../core/errors.js';
import { isLang, type Lang } from '../../core/incident.js';
import type { IntakeResult } from '../../core/intake.js';
import type { InboundMessage, SharedLocation } from '../../core/message.js';
import { badRequest, fromIntakeError, notFound } from '../../http/errors.js';
import type { ChannelAdapter, ChannelContext } from '../types.js';
import { webCapabilities } from './capabilities.js';
import { conversationPage, notFoundPage, reportFormPage } from './pages.js';
import { pageStrings } from './strings.js';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const MAX_TEXT = 2000;
const BODY_LIMIT = '16kb';

const location = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  accuracyM: z.number().min(0).max(1_000_000).optional(),
});
const contact = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+\d\s()-]*$/, 'contact must be a phone number');

const newReport = z
  .object({
    text: z.string().trim().max(MAX_TEXT).default(''),
    language: z.enum(['zh-CN', 'en']).optional(),
    contact: contact.optional(),
    location: location.optional(),
  })
  .refine((b) => b.text.length > 0 || b.location, { message: 'text or location is required', path: ['text'] });

const nextMessage = z
  .object({ text: z.string().trim().max(MAX_TEXT).default(''), location: location.optional() })
  .refine((b) => b.text.length > 0 || b.location, { message: 'text or location is required', path: ['text'] });

function toShared(l: z.infer<typeof location> | undefined): SharedLocation | undefined {
  return l
    ? { lat: l.lat, lon: l.lon, datum: 'WGS84', ...(l.accuracyM !== undefined ? { accuracyM: l.accuracyM } : {}) }
    : undefined;
}

function parseBody<T extends z.ZodTypeAny>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    throw badRequest(
      'invalid request body',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

/** A form field as a string; repeated or missing fields count as empty. */
function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

/** Form fields arrive as strings; empty lat/lon mean "not shared". */
function formLocation(body: Record<string, unknown>): SharedLocation | undefined | 'invalid' {
  const lat = field(body, 'lat').trim();
  const lon = field(body, 'lon').trim();
  if (lat === '' && lon === '') return undefined;
  const parsed = location.safeParse({
    lat: Number(lat),
    lon: Number(lon),
    ...(field(body, 'accuracy').trim() !== '' ? { accuracyM: Number(body.accuracy) } : {}),
  });
  return parsed.success && lat !== '' && lon !== '' ? toShared(parsed.data) : 'invalid';
}

function pageLang(req: Request, fallback: Lang, own?: Lang): Lang {
  const q = req.query.lang;
  if (isLang(q)) return q;
  if (own) return own;
  const accept = req.headers['accept-language'] ?? '';
  if (/^\s*en\b/i.test(accept)) return 'en';
  if (/^\s*zh\b/i.test(accept)) return 'zh-CN';
  return fallback;
}

const nonce = () => crypto.randomBytes(12).toString('base64url');

function html(res: Response, status: number, body: string): void {
  res.status(status).type('html').set('Cache-Control', 'no-store').send(body);
}

/**
 * Who is calling, for scoping idempotency keys and form nonces: a hash of the client address (the socket's,
 * or the proxy's client address when TRUST_PROXY says which proxies to believe). A key sent from another
 * address is another key, so it can never return someone else's report.
 */
function callerScope(req: Request): string {
  return crypto
    .createHash('sha256')
    .update(req.ip ?? req.socket.remoteAddress ?? '')
    .digest('base64url')
    .slice(0, 16);
}

export function createWebChannel(): ChannelAdapter {
  return {
    id: 'web',
    capabilities: webCapabilities,
    availability: () => ({ on: true }),
    // Replies are shown on the reporter's page and returned by the API; there is nothing to push.
    send: () => Promise.resolve({ providerMessageId: null }),

    routes(router: Router, ctx: ChannelContext) {
      const form = express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 20 });
      const json = express.json({ limit: BODY_LIMIT });
      const fallback = ctx.config.defaultLanguage;
      // Per client address: new reports past the limit are refused with "call 110"; messages inside a report
      // are never refused here (the core throttles a flooding sender without losing its messages).
      const newReports = rateLimit({
        windowMs: 10 * 60_000,
        limit: ctx.config.limits.newReportsPerIpPer10Min,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: (req, res) => {
          const lang = pageLang(req, fallback);
          if (req.path.startsWith('/api/')) {
            const m = fromIntakeError(new RateLimitedEdge());
            res.status(429).json({ error: { code: m.code, message: m.message } });
          } else {
            html(res, 429, reportFormPage({ lang, nonce: nonce(), error: pageStrings[lang].errorRateLimited }));
          }
        },
      });

      /** An intake refusal on a page: the form or the conversation again, with the reason and "call 110". */
      function pageError(err: unknown, lang: Lang): { status: number; error: string } {
        if (!(err instanceof IntakeError)) throw err;
        const s = pageStrings[lang];
        const status = fromIntakeError(err).status;
        const error =
          err.code === 'invalid_text'
            ? s.errorInvalidText
            : err.code === 'rate_limited'
              ? s.errorRateLimited
              : s.errorUnavailable;
        return { status, error };
      }

      /** Stores a form message under its nonce; an edited text re-sent with the same nonce is a new message. */
      async function receiveForm(
        scope: string,
        sender: string,
        id: string,
        text: string,
        extra: Partial<InboundMessage>,
      ) {
        try {
          return await ctx.intake.receive(message(sender, `form:${scope}:${id}`, text, extra));
        } catch (err) {
          if (!(err instanceof IdempotencyConflict)) throw err;
          return ctx.intake.receive(message(sender, `form:${scope}:${nonce()}`, text, extra));
        }
      }

      const message = (
        sender: string,
        providerMessageId: string,
        text: string,
        extra: Partial<InboundMessage>,
      ): InboundMessage => ({
        channel: 'web',
        providerMessageId,
        sender,
        text,
        receivedAt: ctx.clock(),
        ...extra,
      });

      /** Finds the report a token opens, and the sender to continue it as. */
      async function byToken(token: string) {
        if (!TOKEN.test(token)) return null;
        return ctx.reports.report(token);
      }

      router.use('/static', express.static(new URL('./static', import.meta.url).pathname, { maxAge: '1h' }));

      router.get('/report', (req, res) => {
        html(res, 200, reportFormPage({ lang: pageLang(req, fallback), nonce: nonce() }));
      });

      router.post('/report', newReports, form, async (req, res) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const lang: Lang = isLang(body.lang) ? body.lang : pageLang(req, fallback);
        const s = pageStrings[lang];
        const text = field(body, 'text').trim();
        const contactRaw = field(body, 'contact').trim();
        const shared = formLocation(body);
        const values = { text, contact: contactRaw };
        const fail = (error: string) => html(res, 400, reportFormPage({ lang, nonce: nonce(), error, values }));
        if (text.length > MAX_TEXT) return fail(s.errorTooLong);
        if (shared === 'invalid') return fail(s.errorLocation);
        if (text === '' && !shared) return fail(s.errorEmpty);
        if (!contact.safeParse(contactRaw).success) return fail(s.errorContact);
        const id = typeof body.nonce === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(body.nonce) ? body.nonce : nonce();
        let result;
        try {
          // The page language is only a hint: the reply language follows the reporter's own text.
          const scope = `new:${callerScope(req)}`;
          result = await receiveForm(scope, keyedSender(scope, id), id, text, {
            ...(contactRaw ? { contact: contactRaw } : {}),
            ...(shared ? { location: shared } : {}),
          });
        } catch (err) {
          const { status, error } = pageError(err, lang);
          return html(res, status, reportFormPage({ lang, nonce: nonce(), error, values }));
        }
        res.redirect(303, `/report/${result.token}`);
      });

      router.get('/report/:token', async (req, res) => {
        const found = await byToken(req.params.token);
        if (!found) return html(res, 404, notFoundPage(pageLang(req, fallback)));
        const lang = pageLang(req, fallback, found.view.language);
        html(res, 200, conversationPage({ lang, token: req.params.token, nonce: nonce(), report: found.view }));
      });

      router.post('/report/:token', form, async (req, res) => {
        const found = await byToken(req.params.token);
        if (!found) return html(res, 404, notFoundPage(pageLang(req, fallback)));
        const body = (req.body ?? {}) as Record<string, unknown>;
        const lang = pageLang(req, fallback, found.view.language);
        const s = pageStrings[lang];
        const text = field(body, 'text').trim();
        const shared = formLocation(body);
        const error =
          text.length > MAX_TEXT
            ? s.errorTooLong
            : shared === 'invalid'
              ? s.errorLocation
              : text === '' && !shared
                ? s.errorEmpty
                : null;
        if (error) {
          return html(
            res,
            400,
            conversationPage({ lang, token: req.params.token, nonce: nonce(), report: found.view, error }),
          );
        }
        const id = typeof body.nonce === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(body.nonce) ? body.nonce : nonce();
        let result;
        try {
          result = await receiveForm(
            found.record.sender,
            found.record.sender,
            id,
            text,
            shared && shared !== 'invalid' ? { location: shared } : {},
          );
        } catch (err) {
          const failed = pageError(err, lang);
          return html(
            res,
            failed.status,
            conversationPage({
              lang,
              token: req.params.token,
              nonce: nonce(),
              report: found.view,
              error: failed.error,
            }),
          );
        }
        res.redirect(303, `/report/${result.token}`);
      });

      router.post('/api/v1/reports', newReports, json, async (req, res) => {
        const body = parseBody(newReport, req.body);
        const key = idempotencyKey(req);
        // A key is scoped to the caller's address: the same key from elsewhere is a different key.
        const id = key ? `api:new:${callerScope(req)}:${key}` : `api:${ctx.newId()}`;
        const result = await ctx.intake.receive(
          message(key ? keyedSender('api', id) : `web-${ctx.newId()}`, id, body.text, {
            ...(body.language ? { language: body.language } : {}),
            ...(body.contact ? { contact: body.contact } : {}),
            ...(body.location ? { location: toShared(body.location) } : {}),
          }),
        );
        res.status(result.duplicate ? 200 : 201).json(created(result));
      });

      router.post('/api/v1/reports/:token/messages', json, async (req, res) => {
        const body = parseBody(nextMessage, req.body);
        const record = TOKEN.test(req.params.token) ? await ctx.reports.recordByToken(req.params.token) : null;
        if (!record) throw notFound('no report with this token');
        const key = idempotencyKey(req);
        // A key belongs to this report's reporter: it can never answer for another report.
        const result = await ctx.intake.receive(
          message(record.sender, key ? `api:${record.sender}:${key}` : `api:${ctx.newId()}`, body.text, {
            ...(body.location ? { location: toShared(body.location) } : {}),
          }),
        );
        res.status(200).json({
          replies: result.replies,
          awaiting: result.awaiting,
          status: result.status,
          ...(result.token !== req.params.token ? { token: result.token, reference: result.reference } : {}),
        });
      });

      router.get('/api/v1/reports/:token', async (req, res) => {
        const found = await byToken(req.params.token);
        if (!found) throw notFound('no report with this token');
        res.set('Cache-Control', 'no-store').json(found.view);
      });
    },
  };
}

/**
 * The reporter address of a new web report sent with an idempotency key or form nonce: derived from the
 * scoped key, so that a retry is the same message from the same sender (and replays), while the address
 * reveals nothing of the key.
 */
function keyedSender(scope: string, id: string): string {
  return `web-${crypto.createHash('sha256').update(`${scope}\u0000${id}`).digest('base64url').slice(0, 32)}`;
}

/** The rate limit at the HTTP edge, answered like the core's own refusal. */
class RateLimitedEdge extends IntakeError {
  readonly code = 'rate_limited';
  readonly retryable = true;
}

/** The instance in the registry. */
export const webChannel = createWebChannel();

function idempotencyKey(req: Request): string | null {
  const key = req.get('idempotency-key');
  if (key === undefined) return null;
  if (!/^[A-Za-z0-9_.:-]{1,100}$/.test(key)) throw badRequest('Idempotency-Key must be 1-100 letters, digits or _.:-');
  return key;
}

function created(r: IntakeResult) {
  return {
    incidentId: r.incidentId,
    reference: r.reference,
    token: r.token,
    replies: r.replies,
    awaiting: r.awaiting,
    status: r.status,
  };
}
