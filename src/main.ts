import fs from 'node:fs';
/** Entry point: the only file that reads process.env and handles signals. */
import { ConfigError, loadConfig } from './config.js';
import { createGateway } from './gateway.js';
import { createLogger } from './log.js';
import { tuneHeap } from './runtime/heap.js';

async function main(): Promise<void> {
  tuneHeap();
  // A .env file beside package.json is read if present (see .env.example); the real environment wins.
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const gateway = await createGateway(config, { log });
  await gateway.start();
  log.info(
    { url: `http://${config.host}:${config.port}`, database: config.databaseUrl.replace(/\/\/.*@/, '//***@') },
    'gateway listening; report form at /report',
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    gateway
      .stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
