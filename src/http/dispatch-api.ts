/**
 * The dispatch API (CONTRACT.md): list and read incidents, EIDO / CAP exports, set status, text the reporter,
 * live events.
 * Bearer-token auth; the API is off (401 for everyone) while DISPATCH_API_TOKEN is unset.
 */
import crypto from 'node:crypto';
import express, { type RequestHandler, type Router } from 'express';
import { z } from 'zod';
import { DISPATCH_STATUSES, PRIORITIES, STATUSES } from '../core/incident.js';
import type { Intake } from '../core/intake.js';
import { channelIds } from '../channels/registry.js';
import { revisionTimes, toCap } from '../dispatch/cap.js';
import { toEido } from '../dispatch/eido.js';
import type { ReportReader } from '../store/report-reader.js';
import { badRequest, notFound, unauthorized } from './errors.js';
import type { EventBus } from './event-bus.js';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Requires `Authorization: Bearer <token>` (compared in constant time); 401 otherwise, and always while unset. */
export function bearer(token: string | undefined): RequestHandler {
  const expected = token ? crypto.createHash('sha256').update(token).digest() : null;
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!expected || !match) return next(unauthorized());
    const given = crypto.createHash('sha256').update(match[1]!.trim()).digest();
    if (!crypto.timingSafeEqual(given, expected)) return next(unauthorized());
    next();
  };
}

const list = (values: readonly string[]) =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values as [string, ...string[]])).min(1));

const listQuery = z.object({
  status: list(STATUSES).optional(),
  priority: list(PRIORITIES).optional(),
  since: z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), 'since must be an ISO date-time')
    .transform((v) => new Date(v))
    .optional(),
  channel: z
    .string()
    .refine((v) => channelIds().includes(v), { message: "channel must be one of the registry's channel ids" })
    .optional(),
  sender: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const statusBody = z.object({ status: z.enum(DISPATCH_STATUSES), note: z.string().trim().max(500).optional() });
const messageBody = z.object({ text: z.string().trim().min(1).max(1000) });

function parse<T extends z.ZodTypeAny>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    throw badRequest(
      `invalid ${what}`,
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

function incidentId(raw: string): string {
  if (!ID.test(raw)) throw notFound('no such incident');
  return raw;
}

export function dispatchApi(deps: {
  token: string | undefined;
  /** Read at request time: the stores exist only once the database is open. */
  ctx: { readonly intake: Intake; readonly reports: ReportReader };
  bus: EventBus;
  /** Names used in the EIDO and CAP exports (AGENCY_ID, AGENCY_NAME). */
  agency: { agencyId: string; agencyName: string };
  clock: () => Date;
}): Router {
  const router = express.Router();
  const json = express.json({ limit: '16kb' });
  router.use('/api/v1/incidents', bearer(deps.token));
  router.use('/api/v1/events', bearer(deps.token));

  router.get('/api/v1/incidents', async (req, res) => {
    const q = parse(listQuery, req.query, 'query');
    const incidents = await deps.ctx.reports.list({
      status: q.status as never,
      priority: q.priority as never,
      since: q.since,
      channel: q.channel,
      sender: q.sender,
      limit: q.limit,
    });
    res.json({ incidents });
  });

  router.get('/api/v1/incidents/:id', async (req, res) => {
    const view = await deps.ctx.reports.incident(incidentId(req.params.id));
    if (!view) throw notFound('no such incident');
    res.json(view);
  });

  router.get('/api/v1/incidents/:id/events', async (req, res) => {
    const id = incidentId(req.params.id);
    if (!(await deps.ctx.reports.incident(id))) throw notFound('no such incident');
    res.json({ events: await deps.ctx.reports.auditEvents(id) });
  });

  router.post('/api/v1/incidents/:id/status', json, async (req, res) => {
    const body = parse(statusBody, req.body, 'status');
    const updated = await deps.ctx.intake.dispatchStatus(incidentId(req.params.id), body.status, body.note);
    if (!updated) throw notFound('no such incident');
    res.json(await deps.ctx.reports.incident(updated.id));
  });

  router.post('/api/v1/incidents/:id/messages', json, async (req, res) => {
    const body = parse(messageBody, req.body, 'message');
    const updated = await deps.ctx.intake.dispatcherMessage(incidentId(req.params.id), body.text);
    if (!updated) throw notFound('no such incident');
    res.status(202).json(await deps.ctx.reports.incident(updated.id));
  });

  // Exports of the incident as it is now (the webhook carries the snapshot of each revision instead).
  router.get('/api/v1/incidents/:id/eido', async (req, res) => {
    const view = await deps.ctx.reports.incident(incidentId(req.params.id));
    if (!view) throw notFound('no such incident');
    res.json(toEido(view, { ...deps.agency, now: deps.clock().toISOString() }));
  });

  router.get('/api/v1/incidents/:id/cap', async (req, res) => {
    const view = await deps.ctx.reports.incident(incidentId(req.params.id));
    if (!view) throw notFound('no such incident');
    res
      .type('application/cap+xml; charset=utf-8')
      .send(toCap(view, { ...deps.agency, revisions: revisionTimes(await deps.ctx.reports.auditEvents(view.id)) }));
  });

  router.get('/api/v1/events', (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    // A HEAD request gets the headers and no stream (its writes would be dropped and it would never end).
    if (req.method === 'HEAD') return void res.end();
    res.write(': connected\n\n');
    const unsubscribe = deps.bus.subscribe((event) => {
      res.write(`event: incident\ndata: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });

  return router;
}
