/**
 * Server-rendered pages for reporters. They work without JavaScript; report.js only adds location
 * sharing and a notice when new messages arrive. Mobile-first, labelled fields, both languages.
 */
import type { Lang } from '../../core/incident.js';
import type { ReportView } from '../../core/view.js';
import { pageStrings, statusNames } from './strings.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/static/report.css">
</head>
<body>
<main>
${body}
</main>
<script src="/static/report.js" defer></script>
</body>
</html>
`;
}

export interface FormPage {
  lang: Lang;
  nonce: string;
  error?: string;
  values?: { text?: string; contact?: string };
}

export function reportFormPage(p: FormPage): string {
  const s = pageStrings[p.lang];
  const other: Lang = p.lang === 'en' ? 'zh-CN' : 'en';
  return layout(
    p.lang,
    s.title,
    `<header><h1>${s.title}</h1><a class="lang" href="/report?lang=${other}" lang="${other}">${s.switchLang}</a></header>
<p>${s.intro}</p>
${p.error ? `<p class="error" role="alert">${escapeHtml(p.error)}</p>` : ''}
<form method="post" action="/report" class="report" data-geo>
<input type="hidden" name="nonce" value="${escapeHtml(p.nonce)}">
<input type="hidden" name="lang" value="${p.lang}">
<label for="text">${s.whatLabel}</label>
<textarea id="text" name="text" rows="5" maxlength="2000" required placeholder="${escapeHtml(s.whatHint)}">${escapeHtml(p.values?.text ?? '')}</textarea>
<label for="contact">${s.contactLabel}</label>
<input id="contact" name="contact" type="tel" inputmode="tel" autocomplete="tel" maxlength="40" value="${escapeHtml(p.values?.contact ?? '')}">
<input type="hidden" name="lat" value=""><input type="hidden" name="lon" value=""><input type="hidden" name="accuracy" value="">
<button type="button" class="geo" hidden data-ok="${escapeHtml(s.locationShared)}" data-fail="${escapeHtml(s.locationFailed)}">${s.shareLocation}</button>
<p class="geo-status" aria-live="polite"></p>
<button type="submit">${s.submit}</button>
</form>
<p class="small">${s.unsafe}</p>`,
  );
}

export interface ConversationPage {
  lang: Lang;
  token: string;
  nonce: string;
  report: ReportView;
  error?: string;
}

export function conversationPage(p: ConversationPage): string {
  const s = pageStrings[p.lang];
  const other: Lang = p.lang === 'en' ? 'zh-CN' : 'en';
  const items = p.report.messages
    .map(
      (m) =>
        `<li class="${m.direction}"><span class="who">${m.direction === 'in' ? s.you : s.agency}</span> <time datetime="${m.at}">${m.at.slice(11, 16)}</time><p>${escapeHtml(m.text)}</p></li>`,
    )
    .join('\n');
  const base = `/report/${encodeURIComponent(p.token)}`;
  return layout(
    p.lang,
    `${s.title} ${p.report.reference}`,
    `<header><h1>${s.title}</h1><a class="lang" href="${base}?lang=${other}" lang="${other}">${s.switchLang}</a></header>
<dl class="meta"><dt>${s.reference}</dt><dd>${escapeHtml(p.report.reference)}</dd><dt>${s.status}</dt><dd class="status">${escapeHtml(statusNames[p.lang][p.report.status] ?? p.report.status)}</dd></dl>
<h2>${s.conversation}</h2>
<ol class="transcript" data-count="${p.report.messages.length}" data-token="${escapeHtml(p.token)}">
${items}
</ol>
<p class="new-messages" hidden><a href="${base}">${s.newMessages}</a></p>
${p.error ? `<p class="error" role="alert">${escapeHtml(p.error)}</p>` : ''}
<form method="post" action="${base}" class="report" data-geo>
<input type="hidden" name="nonce" value="${escapeHtml(p.nonce)}">
<label for="text">${s.replyLabel}</label>
<textarea id="text" name="text" rows="3" maxlength="2000"></textarea>
<input type="hidden" name="lat" value=""><input type="hidden" name="lon" value=""><input type="hidden" name="accuracy" value="">
<button type="button" class="geo" hidden data-ok="${escapeHtml(s.locationShared)}" data-fail="${escapeHtml(s.locationFailed)}">${s.shareLocation}</button>
<p class="geo-status" aria-live="polite"></p>
<button type="submit">${s.send}</button>
</form>
<p><a href="${base}">${s.refresh}</a></p>
<p class="small">${s.unsafe}</p>`,
  );
}

export function notFoundPage(lang: Lang): string {
  const s = pageStrings[lang];
  return layout(
    lang,
    s.title,
    `<h1>${s.title}</h1><p class="error" role="alert">${s.notFound}</p><p><a href="/report">${s.title}</a></p>`,
  );
}
