/**
 * The call-takers' console (/console) and the statistics API (GET /api/v1/stats).
 *
 * Security: sessions live in the database (any gateway process serves them); the cookie is HttpOnly,
 * SameSite=Strict, Secure behind HTTPS (CONSOLE_COOKIE_SECURE), and holds a random value whose hash is the
 * session id; a new session id on every login (no fixation); a CSRF token on every state-changing request
 * (the session's, or a login cookie's before there is a session) and a same-origin check; lockout after
 * repeated failures per user name and per client address; a strict Content-Security-Policy (no inline
 * script or style); every reporter string escaped when rendered.
 */
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { CATEGORIES, DISPATCH_STATUSES, PRIORITIES, type Lang } from '../core/incident.js';
import type { Intake } from '../core/intake.js';
import { fitsOneSegment, render, segmentLength, segmentLimit } from '../core/flow/templates.js';
import { toWgs84 } from '../dispatch/coords.js';
import { bearer } from '../http/dispatch-api.js';
import { AppError, badRequest, notFound } from '../http/errors.js';
import type { EventBus } from '../http/event-bus.js';
import { clusterMembers } from '../store/cluster-store.js';
import type { ConsoleSession, LockoutPolicy, SqlConsoleStore } from '../store/console-store.js';
import { readStats, statsCsv } from '../store/console-stats.js';
import type { ReportReader } from '../store/report-reader.js';
import { row, type SqlRunner } from '../store/sql/types.js';
import { verifyPassword } from './password.js';
import {
  ATTENTION_FLAGS,
  incidentPage,
  loginPage,
  queuePage,
  queueRows,
  statsPage,
  transcriptList,
  type QueueRow,
  type Viewer,
} from './pages.js';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export const USER_LOCKOUT: LockoutPolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_LOCKOUT: LockoutPolicy = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const STATIC_DIR = path.join(import.meta.dirname, 'static');
const require = createRequire(import.meta.url);

export interface ConsoleDeps {
  /** Read at request time: the stores exist only once the database is open. */
  services: () => { console: SqlConsoleStore; read: SqlRunner; intake: Intake; reports: ReportReader } | null;
  bus: EventBus;
  clock: () => Date;
  /** `{lat}` and `{lon}` (WGS 84) are filled in. */
  mapUrlTemplate: string;
  /** 'auto': Secure when the request came over HTTPS (or PUBLIC_BASE_URL is https). */
  cookieSecure: 'auto' | boolean;
  publicBaseUrl: string;
  dispatchApiToken: string | undefined;
  /** AGENCY_NAME: the prefix of every message a call-taker sends ("110: …"). */
  agencyName: string;
  log: Logger;
}

/** The prefix the flow puts before a dispatcher's message, in the reporter's language. */
export function dispatcherPrefix(lang: Lang, agency: string): string {
  return render('dispatcher', lang, { agency, text: '' });
}

interface Authed extends Request {
  session?: ConsoleSession;
}

function services(deps: ConsoleDeps) {
  const s = deps.services();
  if (!s) throw new AppError('storage_unavailable', 503, 'the database is not available', true);
  return s;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    if (k && !(k in out)) out[k] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const ha = crypto.createHash('sha256').update(a).digest();
  const hb = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(ha, hb);
}

function clientKey(req: Request): string {
  return `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}

export function consoleRouter(deps: ConsoleDeps): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 });
  const secureDefault = deps.publicBaseUrl.startsWith('https://');
  const secure = (req: Request) => (deps.cookieSecure === 'auto' ? req.secure || secureDefault : deps.cookieSecure);
  const cookieName = (req: Request) => (secure(req) ? '__Host-console_session' : 'console_session');
  const loginCookie = (req: Request) => (secure(req) ? '__Host-console_login' : 'console_login');
  const cookieAttrs = (req: Request, maxAgeS?: number) =>
    `Path=/; HttpOnly; SameSite=Strict${secure(req) ? '; Secure' : ''}${maxAgeS !== undefined ? `; Max-Age=${maxAgeS}` : ''}`;

  router.use('/console', (_req, res, next) => {
    res.set({
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    next();
  });

  // Static files: the console's script and style, and echarts from node_modules (never a CDN).
  router.get('/console/static/echarts.min.js', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600');
    res.sendFile(require.resolve('echarts/dist/echarts.min.js'));
  });
  router.use('/console/static', express.static(STATIC_DIR, { maxAge: '1h', index: false }));

  /** Refuses a cross-site request: an Origin (or Referer) that is not this site's. */
  const sameOrigin: RequestHandler = (req, _res, next) => {
    const origin = req.get('origin') ?? originOf(req.get('referer'));
    if (origin && origin !== 'null') {
      const ok =
        originOf(origin) !== null &&
        (new URL(origin).host === req.get('host') || origin === originOf(deps.publicBaseUrl));
      if (!ok) return next(new AppError('csrf', 403, 'cross-site request refused'));
    }
    next();
  };

  const loadSession = async (req: Authed): Promise<ConsoleSession | null> => {
    const token = parseCookies(req.headers.cookie)[cookieName(req)];
    if (!token || token.length > 100) return null;
    return services(deps).console.session(token, deps.clock());
  };

  const requireSession: RequestHandler = (req: Authed, res, next) => {
    loadSession(req).then((session) => {
      if (!session) {
        if (req.method === 'GET' && req.accepts('html') && !req.path.endsWith('/events')) {
          return res.redirect(303, '/console/login');
        }
        return next(new AppError('unauthorized', 401, 'log in first'));
      }
      req.session = session;
      next();
    }, next);
  };

  /** The session's CSRF token in the form (`_csrf`) or the X-CSRF-Token header. */
  const csrf: RequestHandler = (req: Authed, _res, next) => {
    const body = req.body as Record<string, unknown> | undefined;
    const given = (typeof body?._csrf === 'string' ? body._csrf : undefined) ?? req.get('x-csrf-token');
    if (!sameToken(given, req.session?.csrfToken))
      return next(new AppError('csrf', 403, 'missing or wrong CSRF token'));
    next();
  };

  const viewer = (req: Authed): Viewer => ({
    username: req.session!.user.username,
    role: req.session!.user.role,
    csrfToken: req.session!.csrfToken,
  });

  // ---- login / logout ------------------------------------------------------------------------------------

  const showLogin = (req: Request, res: Response, status = 200, error?: string, username?: string) => {
    const token = crypto.randomBytes(24).toString('base64url');
    res.append('Set-Cookie', `${loginCookie(req)}=${token}; ${cookieAttrs(req, 3600)}`);
    res
      .status(status)
      .type('html')
      .send(loginPage({ csrf: token, error, username }));
  };

  router.get('/console/login', (req, res) => showLogin(req, res));

  router.post('/console/login', sameOrigin, form, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const cookies = parseCookies(req.headers.cookie);
    if (!sameToken(typeof body._csrf === 'string' ? body._csrf : undefined, cookies[loginCookie(req)])) {
      return showLogin(req, res, 403, 'The form expired. Please log in again.');
    }
    const username = typeof body.username === 'string' ? body.username.trim().slice(0, 64) : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const s = services(deps);
    const now = deps.clock();
    const userKey = `user:${username.toLowerCase()}`;
    const ipKey = clientKey(req);
    const locked = [await s.console.lockedUntil(userKey, now), await s.console.lockedUntil(ipKey, now)]
      .filter((d): d is Date => d !== null)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    if (locked) {
      deps.log.warn({ event: 'console_login_locked' }, 'console login refused: locked out');
      return showLogin(req, res, 429, lockMessage(locked, now), username);
    }
    const user = username ? await s.console.userByName(username) : null;
    const ok = await verifyPassword(password, user && !user.disabled ? user.passwordHash : null);
    if (!ok || !user) {
      const until = await s.console.recordFailure(
        [
          { key: userKey, policy: USER_LOCKOUT },
          { key: ipKey, policy: IP_LOCKOUT },
        ],
        now,
      );
      deps.log.warn({ event: 'console_login_failed' }, 'console login failed');
      return showLogin(
        req,
        res,
        until ? 429 : 401,
        until ? lockMessage(until, now) : 'Wrong user name or password.',
        username,
      );
    }
    await s.console.clearFailures(userKey);
    // A new session id on every login: whatever session cookie came with the request is dropped.
    const old = cookies[cookieName(req)];
    if (old && old.length <= 100) await s.console.deleteSession(old);
    await s.console.pruneSessions(now);
    const { token } = await s.console.createSession(user.id, now);
    res.append('Set-Cookie', `${cookieName(req)}=${token}; ${cookieAttrs(req)}`);
    res.append('Set-Cookie', `${loginCookie(req)}=; ${cookieAttrs(req, 0)}`);
    deps.log.info({ event: 'console_login', user: user.username }, 'console login');
    res.redirect(303, '/console');
  });

  router.post('/console/logout', sameOrigin, form, requireSession, csrf, async (req: Authed, res) => {
    const token = parseCookies(req.headers.cookie)[cookieName(req)];
    if (token) await services(deps).console.deleteSession(token);
    res.append('Set-Cookie', `${cookieName(req)}=; ${cookieAttrs(req, 0)}`);
    res.redirect(303, '/console/login');
  });

  // ---- queue ---------------------------------------------------------------------------------------------

  router.get('/console', requireSession, async (req: Authed, res) => {
    const rows = await queue(services(deps).read, deps.clock());
    res.type('html').send(queuePage(viewer(req), rows, deps.clock()));
  });

  router.get('/console/queue/rows', requireSession, async (_req, res) => {
    const rows = await queue(services(deps).read, deps.clock());
    res.type('html').send(queueRows(rows, deps.clock()));
  });

  // Live changes: every committed change in any process (the event bus hears PostgreSQL NOTIFY).
  router.get('/console/events', requireSession, (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
      'Content-Security-Policy': CSP,
    });
    res.write('retry: 2000\n: connected\n\n');
    const unsubscribe = deps.bus.subscribe((event) => {
      const data = {
        incidentId: event.incidentId,
        reference: event.reference,
        priority: event.priority,
        status: event.status,
      };
      res.write(`event: incident\ndata: ${JSON.stringify(data)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });

  // ---- incident ------------------------------------------------------------------------------------------

  const renderIncident = async (req: Authed, res: Response, id: string, status = 200, error?: string) => {
    const s = services(deps);
    const view = await s.reports.incident(id);
    if (!view) throw notFound('no such incident');
    const [dispatch, notes, audit, media] = await Promise.all([
      s.console.dispatchState(id),
      s.console.notes(id),
      s.reports.auditEvents(id),
      s.read.all<{ media: string }>(
        'SELECT "media" FROM "InboundMessage" WHERE "incidentId" = ? AND "media" IS NOT NULL ORDER BY "id"',
        [id],
      ),
    ]);
    const cluster = view.links.clusterId ? await clusterMembers(s.read, view.links.clusterId) : [];
    const related = view.links.related.length
      ? await s.read.all<{ id: string; reference: string }>(
          `SELECT "id", "reference" FROM "Incident" WHERE "id" IN (${view.links.related.map(() => '?').join(', ')})`,
          view.links.related,
        )
      : [];
    const flashes: Record<string, string> = {
      taken_over: 'You have taken this incident over: the bot no longer asks questions.',
      handed_back: 'Handed back to the bot.',
      sent: 'Message sent to the reporter.',
      status: 'Status set; the reporter is told.',
      decision: 'Decision saved.',
      note: 'Note added.',
      linked: 'Linked to the cluster.',
      unlinked: 'Taken out of the cluster.',
      flagged: 'Flag set.',
      unflagged: 'Flag cleared.',
    };
    const done = typeof req.query.done === 'string' ? flashes[req.query.done] : undefined;
    res
      .status(status)
      .type('html')
      .send(
        incidentPage({
          viewer: viewer(req),
          view,
          dispatch,
          notes,
          audit,
          cluster,
          related,
          media: media.flatMap((m) => safeMedia(m.media)),
          mapUrl: mapUrl(deps.mapUrlTemplate, view.location),
          messagePrefix: dispatcherPrefix(view.language, deps.agencyName),
          flash: done,
          error,
          now: deps.clock(),
        }),
      );
  };

  const incidentId = (raw: string | string[] | undefined): string => {
    if (typeof raw !== 'string' || !ID.test(raw)) throw notFound('no such incident');
    return raw;
  };

  router.get('/console/incidents/:id', requireSession, async (req: Authed, res) => {
    await renderIncident(req, res, incidentId(req.params.id));
  });

  router.get('/console/incidents/:id/transcript', requireSession, async (req: Authed, res) => {
    const s = services(deps);
    const id = incidentId(req.params.id);
    const view = await s.reports.incident(id);
    if (!view) throw notFound('no such incident');
    res.type('html').send(transcriptList(view, await s.reports.auditEvents(id)));
  });

  const post = (
    action: string,
    handler: (
      req: Authed,
      res: Response,
      id: string,
      body: Record<string, unknown>,
    ) => Promise<string | { error: string; status: number }>,
  ) => {
    router.post(
      `/console/incidents/:id/${action}`,
      sameOrigin,
      form,
      requireSession,
      csrf,
      async (req: Authed, res: Response, next: NextFunction) => {
        try {
          const id = incidentId(req.params.id);
          const outcome = await handler(req, res, id, (req.body ?? {}) as Record<string, unknown>);
          if (typeof outcome === 'string') return res.redirect(303, `/console/incidents/${id}?done=${outcome}`);
          await renderIncident(req, res, id, outcome.status, outcome.error);
        } catch (err) {
          next(err);
        }
      },
    );
  };

  const by = (req: Authed) => req.session!.user.username;
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.trim().slice(0, max + 1) : '');
  const outcomeOf = (o: 'ok' | 'not_found' | 'conflict', done: string, conflict: string) => {
    if (o === 'not_found') throw notFound('no such incident');
    if (o === 'conflict') return { error: conflict, status: 409 };
    return done;
  };

  post('take-over', async (req, _res, id) => {
    const o = await services(deps).console.takeOver(id, by(req), deps.clock());
    return outcomeOf(o, 'taken_over', 'Another call-taker has this incident.');
  });

  post('hand-back', async (req, _res, id) => {
    const o = await services(deps).console.handBack(id, by(req), deps.clock(), req.session!.user.role === 'supervisor');
    return outcomeOf(o, 'handed_back', 'Only the call-taker who has it (or a supervisor) can hand it back.');
  });

  post('message', async (req, _res, id, body) => {
    const s = services(deps);
    const message = text(body.text, 1000);
    if (!message) return { error: 'Write a message first.', status: 400 };
    const view = await s.reports.incident(id);
    if (!view) throw notFound('no such incident');
    // What the reporter receives is the agency prefix in their language and the text: one SMS segment.
    const sent = dispatcherPrefix(view.language, deps.agencyName) + message;
    if (!fitsOneSegment(sent)) {
      const room = segmentLimit(sent) - segmentLength(dispatcherPrefix(view.language, deps.agencyName));
      return {
        error: `The message is longer than one SMS segment (${room} characters here): shorten it.`,
        status: 400,
      };
    }
    if (view.covert && body.confirmCovert !== 'yes') {
      return { error: 'Covert report: confirm the warning before sending.', status: 409 };
    }
    const at = deps.clock();
    // The audit first: the transcript names the call-taker as soon as the message shows.
    await s.console.auditAction(id, 'console_message', { by: by(req), text: message }, at);
    await s.intake.dispatcherMessage(id, message);
    return 'sent';
  });

  post('status', async (req, _res, id, body) => {
    const parsed = z.enum(DISPATCH_STATUSES).safeParse(body.status);
    if (!parsed.success) return { error: 'Choose a status from the list.', status: 400 };
    const s = services(deps);
    const updated = await s.intake.dispatchStatus(id, parsed.data);
    if (!updated) throw notFound('no such incident');
    await s.console.auditAction(id, 'console_status', { by: by(req), status: parsed.data }, deps.clock());
    return 'status';
  });

  post('decision', async (req, _res, id, body) => {
    const category = body.category ? z.enum(CATEGORIES).safeParse(body.category) : null;
    const priority = body.priority ? z.enum(PRIORITIES).safeParse(body.priority) : null;
    if ((category && !category.success) || (priority && !priority.success)) {
      return { error: 'Choose a category and priority from the lists.', status: 400 };
    }
    if (!category && !priority) return { error: 'Choose a new category or priority.', status: 400 };
    const reason = text(body.reason, 500);
    if (!reason) return { error: 'Give a reason for the decision.', status: 400 };
    if (reason.length > 500) return { error: 'The reason is too long (500 characters at most).', status: 400 };
    const o = await services(deps).console.decide(
      id,
      {
        ...(category?.success ? { category: category.data } : {}),
        ...(priority?.success ? { priority: priority.data } : {}),
        reason,
      },
      by(req),
      deps.clock(),
    );
    return outcomeOf(o, 'decision', 'The incident changed meanwhile; try again.');
  });

  post('flag', async (req, _res, id, body) => {
    const flag = typeof body.flag === 'string' ? body.flag : '';
    if (!(ATTENTION_FLAGS as readonly string[]).includes(flag))
      return { error: 'Choose a flag from the list.', status: 400 };
    const on = body.on === 'yes';
    const o = await services(deps).console.setFlag(id, flag, on, by(req), deps.clock());
    return outcomeOf(o, on ? 'flagged' : 'unflagged', 'Try again.');
  });

  post('note', async (req, _res, id, body) => {
    const note = text(body.text, 2000);
    if (!note) return { error: 'Write the note first.', status: 400 };
    if (note.length > 2000) return { error: 'The note is too long (2,000 characters at most).', status: 400 };
    const o = await services(deps).console.addNote(id, note, by(req), deps.clock());
    return outcomeOf(o, 'note', 'Try again.');
  });

  post('cluster-link', async (req, _res, id, body) => {
    const reference = text(body.reference, 64);
    if (!reference) return { error: 'Give the reference of the incident to link with.', status: 400 };
    const o = await services(deps).console.linkCluster(id, reference, by(req), deps.clock());
    if (o === 'not_found') return { error: `No other incident has the reference ${reference}.`, status: 404 };
    return outcomeOf(o, 'linked', 'Try again.');
  });

  post('cluster-unlink', async (req, _res, id) => {
    const o = await services(deps).console.unlinkCluster(id, by(req), deps.clock());
    return outcomeOf(o, 'unlinked', 'Try again.');
  });

  // ---- statistics ----------------------------------------------------------------------------------------

  router.get('/console/stats', requireSession, async (req: Authed, res) => {
    const range = statsRange(req.query, deps.clock());
    const stats = await readStats(services(deps).read, range.from, range.to);
    res
      .type('html')
      .send(statsPage(viewer(req), stats, { from: range.from.toISOString(), to: range.to.toISOString() }));
  });

  router.get('/console/stats.csv', requireSession, async (req, res) => {
    const list = req.query.list === 'places' ? 'places' : req.query.list === 'reporters' ? 'reporters' : null;
    if (!list) throw badRequest('list must be reporters or places');
    const range = statsRange(req.query, deps.clock());
    const stats = await readStats(services(deps).read, range.from, range.to);
    res
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="repeat-${list}.csv"`)
      .send(statsCsv(stats, list));
  });

  router.get('/api/v1/stats', bearer(deps.dispatchApiToken), async (req, res) => {
    const range = statsRange(req.query, deps.clock());
    const stats = await readStats(services(deps).read, range.from, range.to);
    if (req.query.format === 'csv') {
      const list = req.query.list === 'places' ? 'places' : 'reporters';
      return res.type('text/csv; charset=utf-8').send(statsCsv(stats, list));
    }
    res.json(stats);
  });

  return router;
}

/** The origin of a URL, or null for anything that is not one. */
function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function lockMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many failed attempts: logging in is locked for ${minutes} minute${minutes === 1 ? '' : 's'}, until ${until.toISOString().slice(11, 16)} UTC.`;
}

const DAY = 86_400_000;

/** `from` / `to` as ISO dates or date-times; default: the last 7 days. Throws 400 on anything else. */
export function statsRange(query: Record<string, unknown>, now: Date): { from: Date; to: Date } {
  const parse = (v: unknown, name: string): Date | null => {
    if (v === undefined || v === '') return null;
    if (typeof v !== 'string' || v.length > 40 || Number.isNaN(Date.parse(v))) {
      throw badRequest(`${name} must be an ISO date or date-time`);
    }
    return new Date(v);
  };
  const to = parse(query.to, 'to') ?? now;
  const from = parse(query.from, 'from') ?? new Date(to.getTime() - 7 * DAY);
  if (from >= to) throw badRequest('from must be before to');
  if (to.getTime() - from.getTime() > 366 * DAY) throw badRequest('the range is at most 366 days');
  return { from, to };
}

/** The map link for a point (WGS 84), or null without one. */
export function mapUrl(
  template: string,
  location: { lat: number | null; lon: number | null; datum: string | null },
): string | null {
  if (location.lat === null || location.lon === null) return null;
  try {
    const p = toWgs84({ lat: location.lat, lon: location.lon, datum: location.datum === 'GCJ02' ? 'GCJ02' : 'WGS84' });
    return template.replaceAll('{lat}', p.lat.toFixed(6)).replaceAll('{lon}', p.lon.toFixed(6));
  } catch {
    return null;
  }
}

/** Media references a reporter's channel gave: only http(s) links are shown. */
function safeMedia(json: string): { url: string; contentType: string }[] {
  try {
    const list = JSON.parse(json) as { url?: unknown; contentType?: unknown }[];
    return list
      .filter((m) => typeof m.url === 'string' && /^https?:\/\//i.test(m.url))
      .map((m) => ({ url: m.url as string, contentType: typeof m.contentType === 'string' ? m.contentType : 'media' }));
  } catch {
    return [];
  }
}

interface QueueDbRow {
  id: string;
  reference: string;
  category: string | null;
  priority: string;
  status: string;
  channel: string;
  locationText: string | null;
  covert: unknown;
  earlyDispatched: unknown;
  humanRequested: unknown;
  clusterId: string | null;
  attention: string | null;
  takenOverBy: string | null;
  flags: string | null;
  state: string;
  createdAt: unknown;
}

/** Open incidents (and those closed in the last 30 minutes), most urgent first, then oldest. */
export async function queue(db: SqlRunner, now: Date): Promise<QueueRow[]> {
  const rows = await db.all<QueueDbRow>(
    'SELECT i."id", i."reference", i."category", i."priority", i."status", i."channel", i."locationText", i."covert", ' +
      'i."earlyDispatched", i."humanRequested", i."clusterId", i."attention", d."takenOverBy", d."flags", i."state", i."createdAt" FROM "Incident" i ' +
      'LEFT JOIN "IncidentDispatch" d ON d."incidentId" = i."id" ' +
      `WHERE i."status" NOT IN ('resolved', 'cancelled', 'diverted') OR i."updatedAt" >= ? ` +
      'ORDER BY i."priority", i."createdAt" LIMIT 300',
    [new Date(now.getTime() - 30 * 60_000)],
  );
  return rows.map((r) => {
    let lastInboundAt: string | null = null;
    try {
      lastInboundAt = (JSON.parse(r.state) as { lastInboundAt?: string | null }).lastInboundAt ?? null;
    } catch {
      lastInboundAt = null;
    }
    return {
      id: r.id,
      reference: r.reference,
      category: r.category,
      priority: r.priority,
      status: r.status,
      channel: r.channel,
      place: r.locationText,
      covert: row.bool(r.covert),
      earlyDispatched: row.bool(r.earlyDispatched),
      humanRequested: row.bool(r.humanRequested),
      clusterId: r.clusterId,
      takenOverBy: r.takenOverBy,
      lastInboundAt,
      createdAt: row.date(r.createdAt).toISOString(),
      attention: r.attention,
      flags: r.flags ? (JSON.parse(r.flags) as string[]) : [],
    };
  });
}
