/**
 * Carrier SMS over SMPP, from the phone's side: the gateway is the ESME and binds to an SMSC, so this starts a
 * tiny SMSC (smpp.createServer, the package the channel uses) on --port (default 2775) and prints the SMPP_URL
 * to start the gateway with. Each line typed is a deliver_sm from --from to the short code (UCS-2 when it is
 * not plain ASCII, else GSM-7); the gateway's submit_sm are acknowledged and printed, long ones once all their
 * UDH parts have come. Delivery receipts are not sent.
 */
import type { AddressInfo } from 'node:net';
import smpp, { type Pdu, type Session } from 'smpp';
import type { SimFactory } from './types.js';

const SYSTEM_ID = 'simulator';
const PASSWORD = 'simulate';
/** After the deliver_sm is answered, replies are awaited this long (they come through the outbound worker). */
const REPLY_WAIT_MS = 3000;
/** ... and the burst is over when nothing has come for this long. */
const QUIET_MS = 400;

/** The text of a submit_sm and its concatenation header (reference, total, sequence) if it has one. */
function decode(pdu: Pdu): { text: string; part: [number, number, number] | null } {
  const sm = pdu.short_message as { udh?: Buffer[]; message?: string | Buffer } | Buffer | string;
  if (typeof sm === 'string') return { text: sm, part: null };
  if (Buffer.isBuffer(sm)) return { text: sm.toString('latin1'), part: null };
  const ie = sm.udh?.find((u) => u[0] === 0x00 && u[1] === 0x03);
  const m = sm.message;
  const text = typeof m === 'string' ? m : (m?.toString('latin1') ?? '');
  return { text, part: ie ? [ie[2]!, ie[3]!, ie[4]!] : null };
}

function ucs2(text: string): Buffer {
  const b = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) b.writeUInt16BE(text.charCodeAt(i), i * 2);
  return b;
}

export const smppSimulator: SimFactory = (opts) => {
  const phone = (opts.from ?? '+8613800138000').replace(/^\+/, '');
  const shortCode = process.env.SMPP_SOURCE_ADDR ?? '12110';
  const inbox: string[] = [];
  const parts = new Map<number, string[]>();
  let session: Session | null = null;
  let nextId = 1;
  let lastArrival = 0;

  const server = smpp.createServer((s) => {
    s.on('bind_transceiver', (pdu: Pdu) => {
      if (pdu.system_id !== SYSTEM_ID || pdu.password !== PASSWORD) {
        s.send(pdu.response({ command_status: 0x0e })); // ESME_RINVPASWD
        s.close();
        return;
      }
      session = s;
      s.send(pdu.response({ system_id: 'simulator' }));
      process.stdout.write('(the gateway is bound: type your report)\n');
    });
    s.on('enquire_link', (pdu: Pdu) => s.send(pdu.response()));
    s.on('submit_sm', (pdu: Pdu) => {
      s.send(pdu.response({ message_id: `sim${nextId++}` }));
      if (String(pdu.destination_addr) !== phone) return;
      const { text, part } = decode(pdu);
      lastArrival = Date.now();
      if (!part) return void inbox.push(text);
      const [ref, total, seq] = part;
      const got = parts.get(ref) ?? [];
      got[seq - 1] = text;
      parts.set(ref, got);
      if (got.filter((t) => t !== undefined).length === total) {
        parts.delete(ref);
        inbox.push(got.join(''));
      }
    });
    s.on('unbind', (pdu: Pdu) => {
      s.send(pdu.response());
      s.close();
    });
    s.on('error', () => undefined);
    s.on('close', () => {
      if (session === s) session = null;
    });
  });
  const port = Number(opts.port ?? 2775);
  server.listen(port, '127.0.0.1', () => {
    const bound = (server.address() as AddressInfo).port;
    process.stdout.write(
      `SMSC listening: start the gateway with SMPP_URL=smpp://${SYSTEM_ID}:${PASSWORD}@127.0.0.1:${bound} ` +
        `SMPP_SOURCE_ADDR=${shortCode}\n`,
    );
  });

  const drain = (): string[] => inbox.splice(0);

  return {
    banner: () => `(texting as +${phone} to ${shortCode} over SMPP)`,

    async send(line) {
      if (line.startsWith('/loc')) {
        throw new Error('SMS cannot share a location: type the address or a landmark instead');
      }
      const s = session;
      if (!s) throw new Error('the gateway has not bound to this SMSC yet (see SMPP_URL above)');
      const wide = /[^\x20-\x7e]/.test(line);
      const status = await new Promise<number>((resolve) => {
        s.deliver_sm(
          {
            source_addr: phone,
            source_addr_ton: 1,
            source_addr_npi: 1,
            destination_addr: shortCode,
            data_coding: wide ? 8 : 0,
            short_message: wide ? ucs2(line) : Buffer.from(line, 'latin1'),
          },
          (resp) => resolve(resp.command_status),
        );
      });
      if (status !== 0) throw new Error(`the gateway answered deliver_sm with status 0x${status.toString(16)}`);
      // The replies come as submit_sm through the gateway's outbound worker: wait for the burst to end.
      const answered = Date.now();
      while (Date.now() - answered < REPLY_WAIT_MS) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (inbox.length > 0 && parts.size === 0 && Date.now() - lastArrival > QUIET_MS) break;
      }
      return drain();
    },

    poll() {
      return Promise.resolve(drain());
    },
  };
};
