/** Builds a whole gateway on a fresh SQLite file in a temp folder, with a controllable clock. */
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { ChannelAdapter } from '../../src/channels/types.js';
import { loadConfig } from '../../src/config.js';
import { defaultFlow } from '../../src/core/flow/definition.js';
import type { StepRunner } from '../../src/core/ports.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { InlineStepRunner } from '../../src/runtime/inline-runner.js';
import { testDatabaseUrl } from './database.js';
import { inspectable, type InspectedDatabase } from './inspect.js';
import { tempDir } from './temp.js';

export { tempDir };

export class TestClock {
  constructor(public current = new Date('2026-11-23T10:00:00.000Z')) {}
  now = (): Date => new Date(this.current);
  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

export interface TestGateway extends Omit<Gateway, 'db'> {
  clock: TestClock;
  dir: string;
  dbFile: string;
  /** The gateway's database, with a Prisma `reader` for inspection (tests only). */
  readonly db: InspectedDatabase;
}

/** Makes `gw.db` inspectable (a Prisma reader on the same database) whenever the database is open. */
export function withInspection<G extends Gateway>(gateway: G): Omit<G, 'db'> & { readonly db: InspectedDatabase } {
  Object.defineProperty(gateway, 'db', {
    get: () => {
      const db = gateway.services?.db;
      if (!db) throw new Error('the database is not open');
      return inspectable(db);
    },
  });
  return gateway as unknown as Omit<G, 'db'> & { readonly db: InspectedDatabase };
}

export const API_TOKEN = 'test-dispatch-token';

/**
 * Builds a gateway on a fresh SQLite file. The question flow runs on the test's own thread (InlineStepRunner,
 * the same runner the gateway falls back to) unless `stepRunner` is given: each worker thread takes seconds
 * to load the flow, and most suites are not about it. tests/intake/poison.test.ts and the child-process suites
 * run the real worker thread.
 */
export async function testGateway(
  env: Record<string, string> = {},
  opts: {
    dir?: string;
    clock?: TestClock;
    channels?: readonly ChannelAdapter[];
    stepRunner?: StepRunner;
    /** The gateway's logger (default: silent); tests that check what is logged pass their own. */
    log?: Logger;
  } = {},
): Promise<TestGateway> {
  const dir = opts.dir ?? tempDir();
  const dbFile = path.join(dir, 'intake.db');
  const config = loadConfig({
    DATABASE_URL: await testDatabaseUrl(dir),
    DISPATCH_API_TOKEN: API_TOKEN,
    PORT: '0',
    ...env,
  });
  const clock = opts.clock ?? new TestClock();
  const gateway = await createGateway(config, {
    log: opts.log ?? pino({ level: 'silent' }),
    clock,
    timerIntervalMs: 0,
    stepRunner: opts.stepRunner ?? new InlineStepRunner(defaultFlow),
    ...(opts.channels ? { channels: opts.channels } : {}),
  });
  return Object.assign(withInspection(gateway), { clock, dir, dbFile });
}
