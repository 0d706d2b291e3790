/**
 * The Express application: channels, dispatch API, health, metrics, one error handler.
 *
 * /metrics tells anyone who can read it how busy the gateway is, what is waiting for dispatch and for how
 * long: it needs `Authorization: Bearer $METRICS_TOKEN` (401 without it) and does not exist (404) while
 * METRICS_TOKEN is unset.
 */
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { ChannelAdapter, ChannelContext } from '../channels/types.js';
import { bearer, dispatchApi } from './dispatch-api.js';
import { AppError, errorHandler, notFound } from './errors.js';
import type { EventBus } from './event-bus.js';
import type { Metrics } from './metrics.js';

export interface AppDeps {
  ctx: ChannelContext;
  channels: readonly ChannelAdapter[];
  /** The database is reachable and migrated (false while it could not be opened). */
  ready: () => Promise<boolean>;
  bus: EventBus;
  metrics: Metrics;
  log: Logger;
  onMetrics: () => Promise<void>;
  /** Further routers mounted before the dispatch API (the console). */
  routers?: readonly express.Router[];
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.ctx.config.trustProxy);
  app.use((_req, res, next) => {
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy':
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'",
    });
    next();
  });

  app.get('/', (_req, res) => res.redirect(302, '/report'));
  app.get('/healthz', (_req, res) => res.json({ ok: true }));
  app.get('/readyz', async (_req, res) => {
    const ready = await deps.ready().catch(() => false);
    res.status(ready ? 200 : 503).json({ ready });
  });
  const metricsToken = deps.ctx.config.metricsToken;
  const metricsAuth = bearer(metricsToken);
  app.get(
    '/metrics',
    (req, res, next) => {
      // Unset: indistinguishable from a route that does not exist.
      if (!metricsToken) return next(notFound('no such route'));
      metricsAuth(req, res, (err?: unknown) => {
        if (err) res.set('WWW-Authenticate', 'Bearer realm="metrics"');
        next(err);
      });
    },
    async (_req, res) => {
      await deps.onMetrics();
      res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
    },
  );

  for (const channel of deps.channels) {
    if (!channel.routes || !channel.availability(deps.ctx.config).on) continue;
    const router = express.Router();
    channel.routes(router, deps.ctx);
    app.use(router);
  }
  for (const router of deps.routers ?? []) app.use(router);
  app.use(
    dispatchApi({
      token: deps.ctx.config.dispatchApiToken,
      ctx: deps.ctx,
      bus: deps.bus,
      agency: { agencyId: deps.ctx.config.agencyId, agencyName: deps.ctx.config.agencyName },
      clock: deps.ctx.clock,
    }),
  );

  app.use(() => {
    throw new AppError('not_found', 404, 'no such route');
  });
  app.use(errorHandler(deps.log));
  return app;
}
