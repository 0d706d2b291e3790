/**
 * The e-mail dispatch target against a real local SMTP server (smtp-server), the messages read back with
 * mailparser: subject, languages, HTML escaping, the EIDO attachment, retries, independence from the webhook.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestGateway } from '../helpers/gateway.js';
import {
  LogCapture,
  Receiver,
  dispatchGateway,
  eidoErrors,
  outboxRevisions,
  retryUntil,
  sentRevisions,
} from './outbox-harness.js';

const PASSWORD = 'smtp-pass-Xk29vQ';
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A mail server on 127.0.0.1 that needs a login and refuses DATA while `refuse(n)` says so (451, retry later). */
class MailServer {
  readonly messages: ParsedMail[] = [];
  attempts = 0;
  private constructor(
    readonly server: SMTPServer,
    public refuse: (n: number) => boolean,
  ) {}

  static async start(refuse: (n: number) => boolean = () => false): Promise<MailServer> {
    let self: MailServer | null = null;
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: false,
      logger: false,
      onAuth(auth, _session, cb) {
        if (auth.username === 'intake' && auth.password === PASSWORD) cb(null, { user: 'intake' });
        else cb(new Error('Invalid username or password'));
      },
      onData(stream, _session, cb) {
        simpleParser(stream)
          .then((mail) => {
            const n = ++self!.attempts;
            if (self!.refuse(n)) {
              cb(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
              return;
            }
            self!.messages.push(mail);
            cb();
          })
          .catch((err: Error) => cb(err));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new MailServer(server, refuse);
    return self;
  }

  get url(): string {
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://intake:${PASSWORD}@127.0.0.1:${port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function setup(refuse?: (n: number) => boolean, env: Record<string, string> = {}, logs?: LogCapture) {
  const smtp = await MailServer.start(refuse);
  cleanup.push(() => smtp.close());
  const gw = await dispatchGateway(
    {
      SMTP_URL: smtp.url,
      DISPATCH_EMAIL_TO: 'duty@psap.example.cn, backup@psap.example.cn',
      AGENCY_ID: 'psap.example.cn',
      ...env,
    },
    logs ? { logs } : {},
  );
  cleanup.push(() => gw.stop());
  return { smtp, gw };
}

const report = (gw: TestGateway, text: string) => request(gw.app).post('/api/v1/reports').send({ text });
const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address));

describe('e-mail delivery', () => {
  it('an English P1 arrives with English then Chinese summaries, escaped HTML and the EIDO attached, after a refused first try', async () => {
    const logs = new LogCapture();
    const { smtp, gw } = await setup((n) => n === 1, {}, logs);
    const r = await report(gw, 'A man is stabbing people outside 5 Main Street <script>alert(1)</script>');
    await gw.dispatchWorker.idle();
    expect(smtp.attempts).toBe(1);
    expect(smtp.messages).toHaveLength(0);
    await retryUntil(gw, () => smtp.messages.length === 1);
    const mail = smtp.messages[0]!;
    const ref = r.body.reference as string;

    expect(mail.subject).toMatch(new RegExp(`^\\[P1\\] violence .*5 Main Street.* — ${ref} rev 1 early_dispatch$`));
    expect(addresses(mail.from)).toEqual(['intake@psap.example.cn']);
    expect(addresses(mail.to)).toEqual(['duty@psap.example.cn', 'backup@psap.example.cn']);
    expect(mail.messageId).toBe(`<${r.body.incidentId}.r1@psap.example.cn>`);
    expect(mail.headers.get('x-intake-idempotency-key')).toBe(`${r.body.incidentId}:1`);

    const text = mail.text!;
    expect(text.indexOf(`Report ${ref}, revision 1`)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(`警情 ${ref} 第1版`)).toBeGreaterThan(text.indexOf(`Report ${ref}`));
    for (const s of ['Priority', 'Assault / violence', 'early dispatch', '等级', '暴力伤害', '先期处置']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('<script>alert(1)</script>'); // plain text quotes the reporter as written

    const html = mail.html as string;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<section lang="en">');
    expect(html).toContain('<section lang="zh-CN">');

    expect(mail.attachments).toHaveLength(1);
    const att = mail.attachments[0]!;
    expect(att.filename).toBe(`eido-${ref}-r1.json`);
    expect(att.contentType).toBe('application/json');
    const eido = JSON.parse(att.content.toString('utf8'));
    expect(eido.incidentComponent.internalIncidentId).toBe(r.body.incidentId);
    expect(eidoErrors(eido)).toEqual([]);

    const audit = await gw.reports.auditEvents(r.body.incidentId);
    const failed = audit.find((e) => e.type === 'dispatch_attempt_failed')!.data as { target: string; error: string };
    expect(failed.target).toBe('email');
    expect(failed.error).toContain('451');
    expect(logs.text).toContain('dispatch attempt failed');
    expect(logs.text).not.toContain(PASSWORD);
    expect(JSON.stringify(await gw.db.reader.outboxDelivery.findMany())).not.toContain(PASSWORD);
  });

  it("a Chinese reporter's report is summarised in Chinese only, with the place in the subject", async () => {
    const { smtp, gw } = await setup();
    const r = await report(gw, '有人在环城公园南门持刀砍人');
    await gw.dispatchWorker.idle();
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.subject).toBe(`[P1] violence 环城公园南门 — ${r.body.reference} rev 1 early_dispatch`);
    expect(mail.text).toContain('暴力伤害');
    expect(mail.text).toContain('环城公园南门');
    expect(mail.text).not.toContain('Priority');
    expect(mail.html).not.toContain('lang="en"');
  });

  it('a covert report is flagged in the subject and tells the centre not to call', async () => {
    const { smtp, gw } = await setup(undefined, { MAIL_FROM: 'Intake 110 <noreply@psap.example.cn>' });
    const r = await report(gw, 'someone is breaking into my house im hiding in the bathroom');
    await request(gw.app).post(`/api/v1/reports/${r.body.token}/messages`).send({ text: '24 Elm Road, Apt 5B' });
    await gw.dispatchWorker.idle();
    const mail = smtp.messages.find((m) => m.subject?.includes('early_dispatch'))!;
    expect(mail.subject).toMatch(/^\[P1 covert\] burglary 24 Elm Road, Apt 5B — /);
    expect(mail.text).toContain('Do not call');
    expect(mail.text).toContain('请勿回拨');
    expect(addresses(mail.from)).toEqual(['noreply@psap.example.cn']);
  });

  it('webhook and e-mail are independent: a refusing mail server does not hold back the webhook, and catches up in order', async () => {
    const rx = await Receiver.start();
    cleanup.push(() => rx.close());
    let mailDown = true;
    const { smtp, gw } = await setup(() => mailDown, { DISPATCH_WEBHOOK_URL: rx.url() });
    const r = await report(gw, '有人在环城公园南门持刀砍人');
    for (const text of ['还在', '一个人流血了']) {
      await request(gw.app).post(`/api/v1/reports/${r.body.token}/messages`).send({ text });
    }
    await gw.dispatchWorker.idle();
    const revisions = await outboxRevisions(gw, r.body.incidentId);
    const hooked = await sentRevisions(gw, r.body.incidentId, 'webhook');
    expect(hooked.at(-1)).toEqual(revisions.at(-1));
    expect(rx.processed).toEqual(hooked.map((x) => `${r.body.incidentId}:${x.revision}`));
    expect(smtp.messages).toHaveLength(0);
    // The mail target's own queue: the updates waiting behind its refused first revision collapse to the newest.
    const mailed = await sentRevisions(gw, r.body.incidentId, 'email');
    expect(mailed.length).toBeLessThan(revisions.length);
    const items = await gw.db.reader.outboxItem.findMany({ where: { incidentId: r.body.incidentId } });
    // Not done until the mail target has them too (a superseded one is done for it).
    const owedByMail = new Set(mailed.map((x) => x.revision));
    expect(items.every((i) => (i.deliveredAt === null) === owedByMail.has(i.revision))).toBe(true);

    mailDown = false;
    await retryUntil(gw, () => smtp.messages.length === mailed.length);
    expect(smtp.messages.map((m) => /rev (\d+)/.exec(m.subject!)![1])).toEqual(mailed.map((x) => String(x.revision)));
    const done = await gw.db.reader.outboxItem.findMany({ where: { incidentId: r.body.incidentId } });
    expect(done.every((i) => i.deliveredAt !== null)).toBe(true);
  });
});
