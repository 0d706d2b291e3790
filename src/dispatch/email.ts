/**
 * The e-mail dispatch target (nodemailer over SMTP): one message per revision, with a plain-text and an HTML
 * summary and the EIDO JSON attached.
 *
 * Languages: the centre reads Chinese, so the Chinese summary is always there. When the reporter wrote in
 * English, an English summary comes first (what a call-taker quoting the reporter back needs), then the
 * Chinese one. The reporter's own words are never translated: both summaries quote them as written.
 *
 * Everything from the reporter is escaped in the HTML part (a report may contain `<script>`), and newlines
 * and control characters are removed from the subject (no header injection).
 */
import { createRequire } from 'node:module';
import type nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Lang, Status } from '../core/incident.js';
import type { DispatchEventName } from '../core/flow/types.js';
import { channelLabel } from '../channels/registry.js';
import type { IncidentView } from '../core/view.js';
import { callbackNumbers, categoryLabel, elementEntries, elementLabel, routeText } from './eido.js';
import { DeliveryError, type DispatchDocument, type DispatchTarget } from './delivery.js';
import { idempotencyKey } from './webhook.js';

export interface EmailOptions {
  smtpUrl: string;
  from: string;
  to: string[];
  agencyId: string;
  agencyName: string;
  timeoutMs: number;
  redact: (text: string) => string;
}

/** DISPATCH_EMAIL_TO: one or more addresses separated by commas or semicolons. */
export function parseRecipients(raw: string): string[] {
  return raw
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => /^[^\s@<>]+@[^\s@<>]+$/.test(s));
}

export class EmailTarget implements DispatchTarget {
  readonly name = 'email' as const;
  private readonly transport: nodemailer.Transporter<SMTPTransport.SentMessageInfo>;

  constructor(private readonly opts: EmailOptions) {
    // A transport instance (not a URL string) so that the timeouts apply: nodemailer ignores other options
    // when it is given `{url}`. One connection per message: deliveries are rare and must not share a
    // connection that a server dropped.
    // nodemailer is required here, not imported: a gateway without an e-mail target never loads it.
    const require = createRequire(import.meta.url);
    const mailer = require('nodemailer') as typeof nodemailer;
    const Transport = require('nodemailer/lib/smtp-transport/index.js') as typeof SMTPTransport;
    this.transport = mailer.createTransport(
      new Transport({
        url: opts.smtpUrl,
        connectionTimeout: opts.timeoutMs,
        greetingTimeout: opts.timeoutMs,
        socketTimeout: opts.timeoutMs * 2,
        disableFileAccess: true,
        disableUrlAccess: true,
      }),
    );
  }

  async deliver(doc: DispatchDocument, stop: AbortSignal): Promise<string> {
    if (stop.aborted) throw new DeliveryError('aborted: the gateway is shutting down', 'aborted');
    const mail = renderEmail(doc, this.opts);
    try {
      const info = await this.transport.sendMail({
        from: this.opts.from,
        to: this.opts.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${doc.incidentId}.r${doc.revision}@${this.opts.agencyId}>`,
        headers: {
          'X-Intake-Idempotency-Key': idempotencyKey(doc),
          'X-Priority': doc.incident.priority === 'P1' ? '1' : '3',
        },
        attachments: [{ filename: mail.attachmentName, content: mail.attachment, contentType: 'application/json' }],
      });
      if (info.rejected.length > 0) {
        throw new DeliveryError(`recipients refused: ${info.rejected.length}`, 'rejected');
      }
      return (info.response || 'accepted').slice(0, 120);
    } catch (err) {
      if (err instanceof DeliveryError) throw err;
      const e = err as { code?: string; responseCode?: number; response?: string; message?: string };
      const code = e.responseCode !== undefined ? `smtp_${e.responseCode}` : (e.code ?? 'smtp').toLowerCase();
      const text = e.response ?? e.message ?? 'SMTP error';
      throw new DeliveryError(this.opts.redact(`SMTP: ${text}`).slice(0, 300), code);
    }
  }

  close(): void {
    this.transport.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Rendering (pure)
// ---------------------------------------------------------------------------------------------------------

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  attachmentName: string;
  attachment: string;
}

/** The languages of the summary, in order: the reporter's first when it is not Chinese, Chinese always. */
export function summaryLanguages(reporter: Lang): Lang[] {
  return reporter === 'zh-CN' ? ['zh-CN'] : [reporter, 'zh-CN'];
}

/** "[P1] violence 环城公园南门 — 20261123-K7Q2PX rev 2 early_dispatch" (covert: "[P1 covert] ..."). */
export function emailSubject(doc: DispatchDocument): string {
  const v = doc.incident;
  const place = oneLine(v.location.text ?? (v.location.lat !== null ? `${v.location.lat},${v.location.lon}` : '?'));
  const flag = v.covert ? ' covert' : '';
  return oneLine(
    `[${v.priority}${flag}] ${v.category ?? 'unclassified'} ${clip(place, 60)} — ${v.reference} rev ${doc.revision} ${doc.event}`,
  );
}

export function renderEmail(doc: DispatchDocument, opts: Pick<EmailOptions, 'agencyName'>): RenderedEmail {
  const langs = summaryLanguages(doc.incident.language);
  const sections = langs.map((lang) => summary(doc, lang, opts.agencyName));
  const text = sections.map(sectionText).join('\n\n----------------------------------------\n\n');
  const html = [
    '<!doctype html><html><head><meta charset="utf-8"><title>',
    esc(emailSubject(doc)),
    '</title></head><body style="font-family: sans-serif">',
    sections.map(sectionHtml).join('<hr>'),
    `<p style="color:#666">${esc(opts.agencyName)} · ${esc(idempotencyKey(doc))}</p>`,
    '</body></html>',
  ].join('');
  return {
    subject: emailSubject(doc),
    text,
    html,
    attachmentName: `eido-${fileSafe(doc.incident.reference)}-r${doc.revision}.json`,
    attachment: `${JSON.stringify(doc.eido, null, 2)}\n`,
  };
}

interface Section {
  lang: Lang;
  title: string;
  rows: [string, string][];
  elementsTitle: string;
  elements: [string, string][];
  transcriptTitle: string;
  transcript: string[];
}

const L = {
  en: {
    title: (ref: string, rev: number) => `Report ${ref}, revision ${rev}`,
    event: 'Event',
    priority: 'Priority',
    category: 'Category',
    route: 'Route',
    status: 'Status',
    covert: 'Covert',
    covertYes: 'YES: the reporter cannot talk. Do not call; text only if needed.',
    location: 'Location',
    coordinates: 'Coordinates',
    channel: 'Channel',
    callback: 'Callback',
    reported: 'Reported',
    missing: 'Still missing',
    human: 'Call-taker requested',
    yes: 'yes',
    none: 'none',
    reasons: 'Triage',
    elements: 'Collected so far',
    transcript: 'Conversation',
    reporter: 'reporter',
  },
  'zh-CN': {
    title: (ref: string, rev: number) => `警情 ${ref} 第${rev}版`,
    event: '推送类型',
    priority: '等级',
    category: '类别',
    route: '处置',
    status: '状态',
    covert: '隐蔽报警',
    covertYes: '是：报警人不便说话。请勿回拨，必要时只发短信。',
    location: '地点',
    coordinates: '坐标',
    channel: '渠道',
    callback: '回拨号码',
    reported: '报警时间',
    missing: '尚缺要素',
    human: '要求人工接警',
    yes: '是',
    none: '无',
    reasons: '研判依据',
    elements: '已收集要素',
    transcript: '对话记录',
    reporter: '报警人',
  },
} satisfies Record<Lang, unknown>;

const EVENT_LABELS: Record<DispatchEventName, Record<Lang, string>> = {
  early_dispatch: {
    en: 'early dispatch: sent before the report is complete, updates follow',
    'zh-CN': '先期处置：信息尚未收集完毕，后续会推送更新',
  },
  submitted: { en: 'report complete', 'zh-CN': '报警信息已收集完毕' },
  updated: { en: 'update of an incident already sent', 'zh-CN': '已推送警情的信息更新' },
  diverted: { en: 'diverted to the 12345 city hotline (non-police)', 'zh-CN': '转12345市民热线（非警务）' },
};

const STATUS_LABELS: Record<Status, Record<Lang, string>> = {
  collecting: { en: 'still collecting details', 'zh-CN': '正在收集信息' },
  ready: { en: 'details complete', 'zh-CN': '信息已齐' },
  acknowledged: { en: 'acknowledged', 'zh-CN': '已受理' },
  dispatched: { en: 'police dispatched', 'zh-CN': '已派警' },
  on_scene: { en: 'police on scene', 'zh-CN': '已到场' },
  resolved: { en: 'resolved', 'zh-CN': '已处理完毕' },
  cancelled: { en: 'cancelled', 'zh-CN': '已取消' },
  diverted: { en: 'diverted to 12345', 'zh-CN': '已转12345' },
  inactive: { en: 'reporter stopped answering; submitted as it is', 'zh-CN': '报警人未再回复，按现有信息提交' },
};

function summary(doc: DispatchDocument, lang: Lang, agencyName: string): Section {
  const v: IncidentView = doc.incident;
  const t = L[lang];
  const rows: [string, string][] = [
    [t.event, `${doc.event} (${EVENT_LABELS[doc.event][lang]})`],
    [t.priority, v.priority],
    [t.category, v.category ? `${categoryLabel(v.category, lang)} (${v.category})` : categoryLabel(null, lang)],
    [t.route, routeText(v.route, lang)],
    [t.status, STATUS_LABELS[v.status][lang]],
  ];
  if (v.covert) rows.push([t.covert, t.covertYes]);
  rows.push([t.location, v.location.text ?? '?']);
  if (v.location.lat !== null && v.location.lon !== null) {
    rows.push([t.coordinates, `${v.location.lat}, ${v.location.lon} (${v.location.datum ?? 'WGS84'})`]);
  }
  const cb = callbackNumbers(v);
  const numbers = [cb.channel, cb.stated].filter((n): n is string => n !== null).map((n) => n.replace(/^tel:/, ''));
  rows.push([t.channel, channelLabel(v.channel, lang)]);
  rows.push([t.callback, numbers.length > 0 ? numbers.join(', ') : t.none]);
  rows.push([t.reported, chinaTime(v.createdAt)]);
  rows.push([t.missing, v.missing.length > 0 ? v.missing.map((k) => elementLabel(k, lang)).join(', ') : t.none]);
  if (v.humanRequested) rows.push([t.human, t.yes]);
  if (v.reasons.length > 0) {
    rows.push([t.reasons, v.reasons.map((r) => `${r.effect} (${r.rule}: "${r.matched}")`).join('; ')]);
  }
  return {
    lang,
    title: t.title(v.reference, doc.revision),
    rows,
    elementsTitle: t.elements,
    elements: elementEntries(v).map(([k, value]) => [elementLabel(k, lang), value]),
    transcriptTitle: t.transcript,
    transcript: v.transcript.map(
      (m) =>
        `${chinaTime(m.at).slice(11, 19)} ${m.direction === 'in' ? `${t.reporter} >` : `< ${agencyName}`} ${m.text}`,
    ),
  };
}

function sectionText(s: Section): string {
  // Latin labels line up in a column; Chinese labels (double width in most fonts) use a full-width colon.
  const width = Math.max(...s.rows.map(([k]) => k.length));
  const row = ([k, v]: [string, string]) => (s.lang === 'zh-CN' ? `${k}：${v}` : `${k.padEnd(width)}  ${v}`);
  return [
    s.title,
    '',
    ...s.rows.map(row),
    '',
    `${s.elementsTitle}:`,
    ...s.elements.map(([k, v]) => `  - ${k}: ${v}`),
    '',
    `${s.transcriptTitle}:`,
    ...s.transcript.map((line) => `  ${line}`),
  ].join('\n');
}

function sectionHtml(s: Section): string {
  const lang = s.lang === 'zh-CN' ? 'zh-CN' : 'en';
  return [
    `<section lang="${lang}">`,
    `<h2>${esc(s.title)}</h2>`,
    '<table>',
    ...s.rows.map(([k, v]) => `<tr><th align="left">${esc(k)}</th><td>${esc(v)}</td></tr>`),
    '</table>',
    `<h3>${esc(s.elementsTitle)}</h3><ul>`,
    ...s.elements.map(([k, v]) => `<li><b>${esc(k)}</b>: ${esc(v)}</li>`),
    `</ul><h3>${esc(s.transcriptTitle)}</h3><pre style="white-space: pre-wrap">`,
    s.transcript.map(esc).join('\n'),
    '</pre></section>',
  ].join('\n');
}

/** HTML-escapes text for element content and attribute values. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

function oneLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** "2026-11-23 18:00:01 +08:00": the centre's local time. */
export function chinaTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')} +08:00`;
}
