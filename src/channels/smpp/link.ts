/**
 * One SMPP 3.4 transceiver bind to the SMSC: connect, bind_transceiver, enquire_link every `keepAliveMs`
 * (a link whose enquire_link goes unanswered for `responseTimeoutMs` is dropped), answer the SMSC's own
 * enquire_link and unbind, and after any drop rebind with the one back-off policy (1 s, 2 s, 4 s ... capped).
 * submit_sm waits for its response (or the timeout); everything waiting when the link drops fails at once
 * (the outbound worker retries it on the next bind).
 */
import { createRequire } from 'node:module';
import type smpp from 'smpp';
import type { Pdu, Session } from 'smpp';
import type { Logger } from 'pino';
import { backoffMs } from '../../delivery/backoff.js';
import type { SmppEndpoint } from './url.js';

export interface LinkOptions {
  endpoint: SmppEndpoint;
  log: Logger;
  keepAliveMs: number;
  responseTimeoutMs: number;
  rebindCapMs: number;
  random: () => number;
  /** A deliver_sm from the SMSC, with the session that must carry its response. */
  onDeliver: (session: Session, pdu: Pdu) => void;
}

/** The SMPP library, required on the first bind: a gateway without carrier SMS never loads it. */
let loaded: typeof smpp | null = null;
function smppModule(): typeof smpp {
  loaded ??= createRequire(import.meta.url)('smpp') as typeof smpp;
  return loaded;
}

export class NotBound extends Error {
  constructor() {
    super('not bound to the SMSC');
  }
}

export class SmppLink {
  private session: Session | null = null;
  private bound = false;
  private stopped = false;
  private attempt = 0;
  private reconnect: NodeJS.Timeout | null = null;
  private keepAlive: NodeJS.Timeout | null = null;
  private readonly waiting = new Set<(ok: boolean) => void>();
  private readonly inFlight = new Map<Session, Set<(err: Error) => void>>();
  /** Binds so far (tests and logs: a rebind after a drop is the second). */
  binds = 0;

  constructor(private readonly opts: LinkOptions) {}

  get isBound(): boolean {
    return this.bound;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  /** Resolves true once bound, false after `timeoutMs`. */
  whenBound(timeoutMs: number): Promise<boolean> {
    if (this.bound) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve(ok);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      timer.unref();
      this.waiting.add(done);
    });
  }

  /** Sends a request PDU on the bound session and waits for its response. */
  request(command: 'submit_sm', params: Record<string, unknown>): Promise<Pdu> {
    const s = this.session;
    if (!s || !this.bound) return Promise.reject(new NotBound());
    return new Promise((resolve, reject) => {
      let pending = this.inFlight.get(s);
      if (!pending) this.inFlight.set(s, (pending = new Set()));
      const own = pending;
      const fail = (err: Error) => {
        clearTimeout(timer);
        own.delete(fail);
        reject(err);
      };
      const timer = setTimeout(
        () => fail(new Error(`no ${command}_resp within ${this.opts.responseTimeoutMs} ms`)),
        this.opts.responseTimeoutMs,
      );
      timer.unref();
      own.add(fail);
      const sent = s[command](params, (resp) => {
        clearTimeout(timer);
        own.delete(fail);
        resolve(resp);
      });
      if (!sent) fail(new NotBound());
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    this.reconnect = null;
    this.stopKeepAlive();
    const s = this.session;
    this.session = null;
    this.bound = false;
    if (!s) return;
    await new Promise<void>((resolve) => {
      // Not s.destroy(callback): on a socket that is already gone (an SMSC that went away, a connect that
      // failed) the callback never comes, and the gateway would never finish stopping.
      const timer = setTimeout(() => {
        s.destroy();
        resolve();
      }, 1000);
      timer.unref();
      const unbound = s.unbind({}, () => {
        clearTimeout(timer);
        s.close(() => resolve());
      });
      if (!unbound) {
        clearTimeout(timer);
        s.destroy();
        resolve();
      }
    });
  }

  /** Drops the connection (as a network failure would); the link rebinds. For tests and operators. */
  drop(): void {
    this.session?.destroy();
  }

  private connect(): void {
    const { endpoint, log } = this.opts;
    const s = smppModule().connect({ host: endpoint.host, port: endpoint.port });
    this.session = s;
    s.on('connect', () => {
      s.bind_transceiver(
        { system_id: endpoint.systemId, password: endpoint.password, interface_version: 0x34, system_type: '' },
        (pdu) => {
          if (this.session !== s) return;
          if (pdu.command_status !== 0) {
            log.error({ status: pdu.command_status }, 'SMPP bind_transceiver refused; retrying with back-off');
            s.destroy();
            return;
          }
          this.bound = true;
          this.attempt = 0;
          this.binds += 1;
          log.info({ host: endpoint.host, port: endpoint.port, binds: this.binds }, 'SMPP bound as transceiver');
          this.startKeepAlive(s);
          for (const w of [...this.waiting]) w(true);
        },
      );
    });
    s.on('deliver_sm', (pdu: Pdu) => this.opts.onDeliver(s, pdu));
    s.on('enquire_link', (pdu: Pdu) => s.send(pdu.response()));
    s.on('unbind', (pdu: Pdu) => {
      s.send(pdu.response());
      s.close();
    });
    s.on('error', (err: Error) => log.warn({ err: { message: err.message } }, 'SMPP connection error'));
    s.on('close', () => this.closed(s));
  }

  private closed(s: Session): void {
    for (const fail of this.inFlight.get(s) ?? []) fail(new NotBound());
    this.inFlight.delete(s);
    if (this.session !== s) return;
    this.session = null;
    this.bound = false;
    this.stopKeepAlive();
    if (this.stopped) return;
    const delay = backoffMs(this.attempt, this.opts.random, this.opts.rebindCapMs);
    this.attempt += 1;
    this.opts.log.warn({ retryInMs: delay }, 'SMPP link down; rebinding');
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      if (!this.stopped) this.connect();
    }, delay);
    this.reconnect.unref();
  }

  private startKeepAlive(s: Session): void {
    this.stopKeepAlive();
    this.keepAlive = setInterval(() => {
      const timer = setTimeout(() => {
        this.opts.log.warn('SMPP enquire_link unanswered; dropping the link');
        s.destroy();
      }, this.opts.responseTimeoutMs);
      timer.unref();
      if (!s.enquire_link({}, () => clearTimeout(timer))) clearTimeout(timer);
    }, this.opts.keepAliveMs);
    this.keepAlive.unref();
  }

  private stopKeepAlive(): void {
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.keepAlive = null;
  }
}
