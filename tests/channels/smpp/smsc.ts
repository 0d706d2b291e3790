/**
 * A real SMSC for tests, in-process, built with the same `smpp` package the channel uses
 * (smpp.createServer): it checks bind_transceiver credentials, answers enquire_link, records every
 * submit_sm (decoded: UCS-2 or GSM-7, with its UDH), can throttle, delivers deliver_sm (texts, parts,
 * receipts) and waits for their deliver_sm_resp, and can drop every connection.
 */
import type { AddressInfo } from 'node:net';
import smpp, { type Pdu, type Session } from 'smpp';

export interface Submitted {
  to: string;
  from: string;
  dataCoding: number;
  esmClass: number;
  /** The text of this submit_sm (without its UDH). */
  text: string;
  udh: Buffer | null;
  messageId: string;
  registeredDelivery: number;
}

export interface DeliverOptions {
  dataCoding?: number;
  esmClass?: number;
  /** Raw UDH bytes put in front of the encoded text (sets the UDHI bit). */
  udh?: Buffer;
  sar?: { ref: number; total: number; seq: number };
  ton?: number;
  to?: string;
}

export const SYSTEM_ID = 'gw110';
export const PASSWORD = 's3cr3t';

function ucs2(text: string): Buffer {
  const b = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) b.writeUInt16BE(text.charCodeAt(i), i * 2);
  return b;
}

/** Decodes a submit_sm short_message as the raw bytes the channel sent (the package hands us a Buffer or text). */
function decodeSubmitted(pdu: Pdu): { text: string; udh: Buffer | null } {
  const sm = pdu.short_message as { udh?: Buffer[]; message?: string | Buffer } | Buffer | string;
  if (typeof sm === 'string') return { text: sm, udh: null };
  if (Buffer.isBuffer(sm)) return { text: sm.toString('latin1'), udh: null };
  const udh = sm.udh && sm.udh.length > 0 ? Buffer.concat(sm.udh) : null;
  const m = sm.message;
  return { text: typeof m === 'string' ? m : (m?.toString('latin1') ?? ''), udh };
}

export class FakeSmsc {
  readonly server = smpp.createServer((session) => this.onSession(session));
  readonly submitted: Submitted[] = [];
  sessions: Session[] = [];
  binds = 0;
  refusedBinds = 0;
  enquireLinks = 0;
  /** The next this-many submit_sm are answered with this status (ESME_RTHROTTLED 0x58 by default). */
  throttleNext = 0;
  throttleStatus = 0x58;
  throttled = 0;
  /** This many submit_sm are accepted before `throttleNext` applies (to throttle part 2 of 3). */
  acceptFirst = 0;
  /** When set, the submit_sm after this many more accepted ones drops every connection instead of answering. */
  dropAfter: number | null = null;
  /** While true, a DELIVRD receipt follows every accepted submit_sm at once (a fast SMSC). */
  receiptOnSubmit = false;
  /** While true, the SMSC answers nothing (a hung link). */
  silent = false;
  private nextId = 1;
  private waiters: (() => void)[] = [];

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    return (this.server.address() as AddressInfo).port;
  }

  url(port: number, password = PASSWORD): string {
    return `smpp://${SYSTEM_ID}:${password}@127.0.0.1:${port}`;
  }

  private onSession(session: Session): void {
    let bound = false;
    session.on('bind_transceiver', (pdu: Pdu) => {
      if (pdu.system_id !== SYSTEM_ID || pdu.password !== PASSWORD) {
        this.refusedBinds += 1;
        session.send(pdu.response({ command_status: 0x0e })); // ESME_RINVPASWD
        session.close();
        return;
      }
      bound = true;
      this.binds += 1;
      this.sessions.push(session);
      session.send(pdu.response({ system_id: 'fake-smsc' }));
      this.wake();
    });
    session.on('enquire_link', (pdu: Pdu) => {
      this.enquireLinks += 1;
      if (!this.silent) session.send(pdu.response());
      this.wake();
    });
    session.on('submit_sm', (pdu: Pdu) => {
      if (!bound || this.silent) return;
      if (this.dropAfter !== null && this.dropAfter-- <= 0) {
        this.dropAfter = null;
        this.dropAll();
        return;
      }
      if (this.acceptFirst > 0) this.acceptFirst -= 1;
      else if (this.throttleNext > 0) {
        this.throttleNext -= 1;
        this.throttled += 1;
        session.send(pdu.response({ command_status: this.throttleStatus }));
        this.wake();
        return;
      }
      const messageId = `m${this.nextId++}`;
      const { text, udh } = decodeSubmitted(pdu);
      this.submitted.push({
        to: String(pdu.destination_addr),
        from: String(pdu.source_addr),
        dataCoding: Number(pdu.data_coding),
        esmClass: Number(pdu.esm_class),
        text,
        udh,
        messageId,
        registeredDelivery: Number(pdu.registered_delivery),
      });
      session.send(pdu.response({ message_id: messageId }));
      if (this.receiptOnSubmit) void this.receipt(String(pdu.destination_addr), messageId, 'DELIVRD');
      this.wake();
    });
    session.on('unbind', (pdu: Pdu) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('error', () => undefined);
    session.on('close', () => {
      this.sessions = this.sessions.filter((s) => s !== session);
      this.wake();
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits until `check` holds (re-checked after every SMSC event and every 20 ms). */
  async until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 20);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  private session(): Session {
    const s = this.sessions.at(-1);
    if (!s) throw new Error('no bound session');
    return s;
  }

  /** Sends a deliver_sm and resolves with its deliver_sm_resp status once the gateway answers. */
  deliverRaw(from: string, body: Buffer, opts: DeliverOptions = {}): Promise<number> {
    const udh = opts.udh ?? null;
    const params: Record<string, unknown> = {
      source_addr: from,
      source_addr_ton: opts.ton ?? 1,
      source_addr_npi: 1,
      destination_addr: opts.to ?? '12110',
      esm_class: (opts.esmClass ?? 0) | (udh ? 0x40 : 0),
      data_coding: opts.dataCoding ?? 0,
      short_message: udh ? Buffer.concat([udh, body]) : body,
    };
    if (opts.sar) {
      params.sar_msg_ref_num = opts.sar.ref;
      params.sar_total_segments = opts.sar.total;
      params.sar_segment_seqnum = opts.sar.seq;
    }
    const session = this.session();
    return new Promise((resolve) => {
      session.deliver_sm(params, (resp) => resolve(resp.command_status));
    });
  }

  /** A text as a phone sends it: UCS-2 when it is not plain ASCII, else GSM-7 (ASCII letters are the same). */
  deliver(from: string, text: string, opts: DeliverOptions = {}): Promise<number> {
    const wide = /[^\x20-\x7e\n\r]/.test(text);
    return this.deliverRaw(from, wide ? ucs2(text) : Buffer.from(text, 'latin1'), {
      dataCoding: wide ? 8 : 0,
      ...opts,
    });
  }

  /** A delivery receipt for a message the SMSC accepted. */
  receipt(to: string, messageId: string, stat: string, err = '000'): Promise<number> {
    const text = `id:${messageId} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:2611231000 done date:2611231001 stat:${stat} err:${err} text:`;
    return this.deliverRaw(to.replace(/^\+/, ''), Buffer.from(text, 'latin1'), { esmClass: 0x04 });
  }

  /** Drops every connection, as a network failure would. */
  dropAll(): void {
    for (const s of this.sessions) s.destroy();
  }

  async close(): Promise<void> {
    for (const s of this.sessions) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export { ucs2 };
