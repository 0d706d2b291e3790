/**
 * Server-rendered console pages. Every string that came from a reporter (or from anyone) goes through
 * `esc`; the pages need no inline script or style (the console's Content-Security-Policy forbids both), and
 * work by keyboard alone: real links, buttons and labelled fields in document order, a skip link, visible focus.
 */
import { DISPATCH_STATUSES, CATEGORIES, PRIORITIES, UNKNOWN, type ElementKey } from '../core/incident.js';
import { hasChinese } from '../core/text.js';
import type { AuditEntry } from '../store/report-reader.js';
import type { IncidentView } from '../core/view.js';
import type { DispatchState, Note, Role } from '../store/console-store.js';
import type { Stats } from '../store/console-stats.js';
import { maskSender } from '../store/console-stats.js';

function coord(v: number): string {
  return v.toFixed(6);
}

export function esc(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Attention flags a call-taker can set on an incident (shown in the queue). */
export const ATTENTION_FLAGS = ['supervisor', 'call_back', 'welfare_check'] as const;
const FLAG_NAMES: Record<string, string> = {
  supervisor: 'needs a supervisor',
  call_back: 'call back',
  welfare_check: 'welfare check',
};

export interface Viewer {
  username: string;
  role: Role;
  csrfToken: string;
}

function layout(title: string, body: string, viewer: Viewer | null, scripts: string[] = []): string {
  const nav = viewer
    ? `<nav aria-label="Console">
<ul>
<li><a href="/console">Live queue</a></li>
<li><a href="/console/stats">Statistics</a></li>
</ul>
<form method="post" action="/console/logout" class="logout">
<input type="hidden" name="_csrf" value="${esc(viewer.csrfToken)}">
<span>${esc(viewer.username)} (${viewer.role === 'supervisor' ? 'supervisor' : 'call-taker'})</span>
<button type="submit">Log out</button>
</form>
</nav>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${viewer ? `<meta name="csrf-token" content="${esc(viewer.csrfToken)}">` : ''}
<title>${esc(title)} · 110 console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/console/static/console.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><p class="brand">110 intake console</p>${nav}</header>
<main id="main">
${body}
</main>
${scripts.map((s) => `<script src="${esc(s)}" defer></script>`).join('\n')}
</body>
</html>
`;
}

// ---- login ------------------------------------------------------------------------------------------------

export function loginPage(p: { csrf: string; error?: string; username?: string }): string {
  return layout(
    'Log in',
    `<h1>Log in</h1>
${p.error ? `<p class="error" role="alert" id="login-error">${esc(p.error)}</p>` : ''}
<form method="post" action="/console/login" class="login">
<input type="hidden" name="_csrf" value="${esc(p.csrf)}">
<label for="username">User name</label>
<input id="username" name="username" autocomplete="username" required maxlength="64" value="${esc(p.username ?? '')}"${p.error ? ' aria-describedby="login-error"' : ''}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200">
<button type="submit">Log in</button>
</form>`,
    null,
  );
}

// ---- queue ------------------------------------------------------------------------------------------------

export interface QueueRow {
  id: string;
  reference: string;
  category: string | null;
  priority: string;
  status: string;
  channel: string;
  place: string | null;
  covert: boolean;
  earlyDispatched: boolean;
  /** The reporter asked for a person. */
  humanRequested: boolean;
  clusterId: string | null;
  takenOverBy: string | null;
  lastInboundAt: string | null;
  createdAt: string;
  attention: string | null;
  /** Flags call-takers set (IncidentDispatch.flags). */
  flags: string[];
}

const OPEN_FOR_ACK = ['collecting', 'ready', 'inactive'];

export function unacknowledgedP1(r: Pick<QueueRow, 'priority' | 'status'>): boolean {
  return r.priority === 'P1' && OPEN_FOR_ACK.includes(r.status);
}

export function ago(fromIso: string | null, now: Date): string {
  if (!fromIso) return '—';
  const s = Math.max(0, Math.round((now.getTime() - new Date(fromIso).getTime()) / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

export function queueRows(rows: QueueRow[], now: Date): string {
  if (rows.length === 0) return '<tr><td colspan="11">No open incidents.</td></tr>';
  return rows
    .map((r) => {
      const urgent = unacknowledgedP1(r);
      const flags = [
        urgent
          ? '<span class="badge urgent" role="img" aria-label="Urgent: P1 not acknowledged">⚠ P1 not acknowledged</span>'
          : '',
        r.covert ? '<span class="badge covert">covert</span>' : '',
        r.earlyDispatched ? '<span class="badge early">early-dispatched</span>' : '',
        r.humanRequested && !r.takenOverBy ? '<span class="badge human">asked for a person</span>' : '',
        r.attention ? '<span class="badge attention">needs attention</span>' : '',
        ...r.flags.map((f) => `<span class="badge flag">${esc(FLAG_NAMES[f] ?? f)}</span>`),
      ]
        .filter(Boolean)
        .join(' ');
      return `<tr data-id="${esc(r.id)}"${urgent ? ' class="urgent"' : ''}>
<th scope="row"><a href="/console/incidents/${esc(r.id)}">${esc(r.reference)}</a></th>
<td>${esc(r.priority)}</td>
<td>${esc(r.category ?? 'not yet known')}</td>
<td>${esc(r.place ?? '—')}</td>
<td>${esc(r.channel)}</td>
<td>${esc(r.status)}</td>
<td><time class="ago" datetime="${esc(r.lastInboundAt ?? '')}">${esc(ago(r.lastInboundAt, now))}</time></td>
<td>${flags || '—'}</td>
<td>${r.clusterId ? `<span class="cluster">${esc(r.clusterId.slice(0, 8))}</span>` : '—'}</td>
<td>${esc(r.takenOverBy ?? '—')}</td>
<td><time datetime="${esc(r.createdAt)}">${esc(r.createdAt.slice(11, 19))} UTC</time></td>
</tr>`;
    })
    .join('\n');
}

export function queuePage(viewer: Viewer, rows: QueueRow[], now: Date): string {
  return layout(
    'Live queue',
    `<h1>Live queue</h1>
<p>Most urgent first, then oldest. The list updates itself as reports arrive. <span id="live-state" aria-live="polite">Connecting…</span></p>
<p id="announce" class="visually-hidden" aria-live="assertive"></p>
<table class="queue">
<caption>Open incidents</caption>
<thead><tr>
<th scope="col">Reference</th><th scope="col">Priority</th><th scope="col">Category</th><th scope="col">Place</th>
<th scope="col">Channel</th><th scope="col">Status</th><th scope="col">Since reporter's last message</th>
<th scope="col">Flags</th><th scope="col">Cluster</th><th scope="col">Taken over by</th><th scope="col">Reported</th>
</tr></thead>
<tbody id="queue-rows">
${queueRows(rows, now)}
</tbody>
</table>`,
    viewer,
    ['/console/static/console.js'],
  );
}

// ---- incident ---------------------------------------------------------------------------------------------

export interface IncidentPage {
  viewer: Viewer;
  view: IncidentView;
  dispatch: DispatchState | null;
  notes: Note[];
  audit: AuditEntry[];
  cluster: { id: string; reference: string }[];
  related: { id: string; reference: string }[];
  media: { url: string; contentType: string }[];
  mapUrl: string | null;
  /** What the flow puts before a call-taker's message ("110: "), counted in the one segment. */
  messagePrefix: string;
  flash?: string;
  error?: string;
  now: Date;
}

const ELEMENT_NAMES: Record<ElementKey, string> = {
  what: 'What happened',
  location: 'Location',
  in_progress: 'Still happening',
  safety: 'Reporter safe',
  injuries: 'Injuries',
  weapons: 'Weapons',
  suspects: 'Suspects',
  vehicles: 'Vehicles',
  time: 'Time',
  loss: 'Loss',
  person: 'Missing person',
  last_seen: 'Last seen',
  callback: 'Callback number',
  name: 'Name',
  relation: 'Relation',
};

/** Who wrote a transcript line, from its direction and kind (and the console's audit for call-takers). */
function author(t: IncidentView['transcript'][number], consoleMessages: { by: string; text: string }[]): string {
  if (t.direction === 'in') return 'Reporter';
  if (t.kind === 'dispatcher') {
    // The flow sends "<agency prefix><text>": the console's audit says which call-taker wrote the text.
    const by = consoleMessages.find((m) => t.text.endsWith(m.text))?.by;
    return by ? `Call-taker ${by}` : 'Dispatch';
  }
  if (t.kind === 'status') return 'Dispatch (status)';
  return 'Bot';
}

export function transcriptList(view: IncidentView, audit: AuditEntry[]): string {
  const consoleMessages: { by: string; text: string }[] = [];
  for (const a of audit) {
    if (a.type === 'console_message') {
      const d = a.data as { by?: string; text?: string };
      if (d.text && d.by) consoleMessages.push({ by: d.by, text: d.text });
    }
  }
  if (view.transcript.length === 0) return '<li>No messages yet.</li>';
  return view.transcript
    .map((t) => {
      const who = author(t, consoleMessages);
      const cls = t.direction === 'in' ? 'in' : who.startsWith('Bot') ? 'bot' : 'staff';
      const loc = t.location
        ? ` <span class="loc">(shared location ${coord(t.location.lat)}, ${coord(t.location.lon)} ${esc(t.location.datum)})</span>`
        : '';
      return `<li class="${cls}"><p class="meta"><strong>${esc(who)}</strong> · <time datetime="${esc(t.at)}">${esc(t.at.slice(11, 19))} UTC</time> · ${esc(t.channel)}</p><p class="text"${hasChinese(t.text) ? ' lang="zh-CN"' : ''}>${esc(t.text)}</p>${loc}</li>`;
    })
    .join('\n');
}

function checklist(view: IncidentView): string {
  const keys = new Set<ElementKey>([...(Object.keys(view.elements) as ElementKey[]), ...view.missing]);
  if (keys.size === 0) return '<p>No elements yet.</p>';
  const rows = [...keys].map((k) => {
    const value = view.elements[k];
    const state = view.missing.includes(k) ? 'missing' : value === UNKNOWN ? 'unknown' : 'answered';
    const mark = state === 'answered' ? '✓' : state === 'missing' ? '✗' : '?';
    return `<tr class="${state}"><th scope="row">${esc(ELEMENT_NAMES[k] ?? k)}</th><td><span aria-hidden="true">${mark}</span> ${state}</td><td>${esc(state === 'answered' ? value : '')}</td></tr>`;
  });
  return `<table class="checklist"><caption>Element checklist</caption><thead><tr><th scope="col">Element</th><th scope="col">State</th><th scope="col">Value</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function hidden(viewer: Viewer): string {
  return `<input type="hidden" name="_csrf" value="${esc(viewer.csrfToken)}">`;
}

export function incidentPage(p: IncidentPage): string {
  const { view, viewer, dispatch } = p;
  const base = `/console/incidents/${esc(view.id)}`;
  const held = dispatch?.takenOverBy ?? null;
  const heldByMe = held === viewer.username;
  const urgent = unacknowledgedP1(view);
  const limit = view.language === 'zh-CN' ? 70 : 160;
  const reasons = [
    ...(dispatch?.decisionReason
      ? [
          `Call-taker ${dispatch.decisionBy ?? ''}: ${[dispatch.category && `category=${dispatch.category}`, dispatch.priority && `priority=${dispatch.priority}`].filter(Boolean).join(', ')} — ${dispatch.decisionReason}`,
        ]
      : []),
    ...view.reasons.map((r) => `${r.effect} (rule ${r.rule}, matched “${r.matched}”)`),
  ];
  const takeover = held
    ? `<p>Taken over by <strong>${esc(held)}</strong> since <time datetime="${esc(dispatch?.takenOverAt ?? '')}">${esc(dispatch?.takenOverAt?.slice(11, 19) ?? '')} UTC</time>: the bot does not ask questions.</p>
${heldByMe || viewer.role === 'supervisor' ? `<form method="post" action="${base}/hand-back">${hidden(viewer)}<button type="submit">Hand back to the bot</button></form>` : ''}`
    : `<form method="post" action="${base}/take-over">${hidden(viewer)}<button type="submit">Take over</button></form>`;
  const covertWarning = view.covert
    ? `<div class="warning" role="note" id="covert-warning"><p><strong>Covert report.</strong> The reporter may be hiding near the offender: a message can give them away. Send only what they need, in neutral words.</p></div>`
    : '';
  return layout(
    `Incident ${view.reference}`,
    `<h1>Incident ${esc(view.reference)}</h1>
${p.flash ? `<p class="flash" role="status">${esc(p.flash)}</p>` : ''}
${p.error ? `<p class="error" role="alert">${esc(p.error)}</p>` : ''}
${urgent ? '<p class="badge urgent" role="alert">⚠ P1 not acknowledged</p>' : ''}
<div class="columns">
<section aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<dl class="summary">
<dt>Priority</dt><dd id="priority">${esc(view.priority)}</dd>
<dt>Category</dt><dd id="category">${esc(view.category ?? 'not yet known')}</dd>
<dt>Status</dt><dd id="status">${esc(view.status)}</dd>
<dt>Route</dt><dd>${esc(view.route)}</dd>
<dt>Channel</dt><dd>${esc(view.channel)}</dd>
<dt>Reporter</dt><dd>${esc(view.sender)}</dd>
<dt>Language</dt><dd>${view.language === 'zh-CN' ? 'Chinese' : 'English'}</dd>
<dt>Covert</dt><dd>${view.covert ? 'yes' : 'no'}</dd>
<dt>Early-dispatched</dt><dd>${view.earlyDispatched ? 'yes' : 'no'}</dd>
<dt>Awaiting</dt><dd>${esc(view.awaiting ?? '—')}</dd>
${view.attention ? `<dt>Attention</dt><dd>${esc(view.attention)}</dd>` : ''}
<dt>Place</dt><dd id="place">${esc(view.location.text ?? '—')}${
      view.location.lat !== null && view.location.lon !== null
        ? ` <span class="coords">(${coord(view.location.lat)}, ${coord(view.location.lon)} ${esc(view.location.datum ?? '')})</span>${p.mapUrl ? ` <a href="${esc(p.mapUrl)}" rel="noopener noreferrer" target="_blank">Open map</a>` : ''}`
        : ''
    }</dd>
</dl>
<h3>Reasons for the priority</h3>
${reasons.length ? `<ul class="reasons">${reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : '<p>None recorded.</p>'}
${checklist(view)}
<h3>Media</h3>
${p.media.length ? `<ul>${p.media.map((m) => `<li><a href="${esc(m.url)}" rel="noopener noreferrer" target="_blank">${esc(m.contentType)}</a></li>`).join('')}</ul>` : '<p>None.</p>'}
<h3>Cluster and related incidents</h3>
${
  p.cluster.length
    ? `<p>Cluster <span class="cluster">${esc(view.links.clusterId?.slice(0, 8) ?? '')}</span>${dispatch?.clusterManual ? ' (set by a call-taker)' : ''}:</p><ul id="cluster">${p.cluster.map((c) => `<li>${c.id === view.id ? `${esc(c.reference)} (this one)` : `<a href="/console/incidents/${esc(c.id)}">${esc(c.reference)}</a>`}</li>`).join('')}</ul>
<form method="post" action="${base}/cluster-unlink">${hidden(viewer)}<button type="submit">Take this incident out of the cluster</button></form>`
    : '<p>Not in a cluster.</p>'
}
<form method="post" action="${base}/cluster-link" class="inline">${hidden(viewer)}
<label for="link-ref">Link to the cluster of incident (reference)</label>
<input id="link-ref" name="reference" required maxlength="64">
<button type="submit">Link</button>
</form>
${p.related.length ? `<p>Related (same reporter):</p><ul>${p.related.map((r) => `<li><a href="/console/incidents/${esc(r.id)}">${esc(r.reference)}</a></li>`).join('')}</ul>` : ''}
</section>
<section aria-labelledby="transcript-h">
<h2 id="transcript-h">Transcript</h2>
<ol class="transcript" id="transcript" aria-live="polite">
${transcriptList(view, p.audit)}
</ol>
<h2>Actions</h2>
${takeover}
<form method="post" action="${base}/message" class="message">${hidden(viewer)}
${covertWarning}
<label for="message-text">Text the reporter</label>
<textarea id="message-text" name="text" rows="3" maxlength="1000" required data-prefix="${esc(p.messagePrefix)}" aria-describedby="message-count"></textarea>
<p id="message-count" class="counter" aria-live="polite">One SMS segment in the reporter's language (${view.language === 'zh-CN' ? 'Chinese' : 'English'}): up to ${limit - [...p.messagePrefix].length} characters after “${esc(p.messagePrefix.trim())}”.</p>
${view.covert ? '<p><input type="checkbox" id="confirm-covert" name="confirmCovert" value="yes" required> <label for="confirm-covert">I have read the covert warning and this message is safe to send</label></p>' : ''}
<button type="submit">Send to reporter</button>
</form>
<form method="post" action="${base}/status" class="inline">${hidden(viewer)}
<label for="status-select">Set status</label>
<select id="status-select" name="status">${DISPATCH_STATUSES.map((s) => `<option value="${s}"${s === view.status ? ' selected' : ''}>${s}</option>`).join('')}</select>
<button type="submit">Set status</button>
</form>
<form method="post" action="${base}/decision" class="decision">${hidden(viewer)}
<fieldset><legend>Change category or priority</legend>
<label for="decision-category">Category</label>
<select id="decision-category" name="category"><option value="">(keep ${esc(view.category ?? 'unknown')})</option>${CATEGORIES.map((c) => `<option value="${c}">${c}</option>`).join('')}</select>
<label for="decision-priority">Priority</label>
<select id="decision-priority" name="priority"><option value="">(keep ${esc(view.priority)})</option>${PRIORITIES.map((c) => `<option value="${c}">${c}</option>`).join('')}</select>
<label for="decision-reason">Reason (required)</label>
<input id="decision-reason" name="reason" required maxlength="500">
<button type="submit">Save decision</button>
</fieldset>
</form>
<form method="post" action="${base}/flag" class="inline">${hidden(viewer)}
<label for="flag-select">Flag</label>
<select id="flag-select" name="flag">${ATTENTION_FLAGS.map((f) => `<option value="${f}">${esc(FLAG_NAMES[f])}${dispatch?.flags.includes(f) ? ' (set)' : ''}</option>`).join('')}</select>
<label for="flag-on">Set or clear</label>
<select id="flag-on" name="on"><option value="yes">set</option><option value="no">clear</option></select>
<button type="submit">Save flag</button>
</form>
${dispatch?.flags.length ? `<p id="flags">Flags: ${dispatch.flags.map((f) => esc(FLAG_NAMES[f] ?? f)).join(', ')}</p>` : ''}
<form method="post" action="${base}/note" class="note">${hidden(viewer)}
<label for="note-text">Add a note (not shown to the reporter)</label>
<textarea id="note-text" name="text" rows="2" maxlength="2000" required></textarea>
<button type="submit">Add note</button>
</form>
<h3>Notes</h3>
${p.notes.length ? `<ul class="notes">${p.notes.map((n) => `<li><strong>${esc(n.author)}</strong> <time datetime="${esc(n.at)}">${esc(n.at.slice(11, 19))} UTC</time>: ${esc(n.text)}</li>`).join('')}</ul>` : '<p>No notes.</p>'}
</section>
</div>
<details><summary>Audit trail (${p.audit.length} events)</summary>
<ol class="audit">${p.audit.map((a) => `<li><time datetime="${esc(a.at)}">${esc(a.at.slice(11, 19))}</time> ${esc(a.type)} <code>${esc(JSON.stringify(a.data).slice(0, 300))}</code></li>`).join('')}</ol>
</details>`,
    viewer,
    ['/console/static/console.js'],
  );
}

// ---- statistics -------------------------------------------------------------------------------------------

function table(caption: string, head: string[], rows: (string | number)[][], id?: string): string {
  return `<table${id ? ` id="${id}"` : ''}><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${
    rows.length
      ? rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')
      : `<tr><td colspan="${head.length}">No data.</td></tr>`
  }</tbody></table>`;
}

function chart(id: string, title: string, tableHtml: string): string {
  return `<section class="chart-block" aria-labelledby="${id}-h">
<h2 id="${id}-h">${esc(title)}</h2>
<div class="chart-row">
<div class="chart" id="${id}" role="img" aria-label="${esc(title)} chart; the same data is in the table beside it"></div>
<div class="chart-table" tabindex="0" role="region" aria-label="${esc(title)}: table">${tableHtml}</div>
</div>
</section>`;
}

export function statsPage(viewer: Viewer, stats: Stats, range: { from: string; to: string }): string {
  const q = `from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`;
  const secs = (s: number | null) => (s === null ? '—' : `${Math.round(s)} s`);
  return layout(
    'Statistics',
    `<h1>Statistics</h1>
<form method="get" action="/console/stats" class="inline">
<label for="from">From (UTC)</label><input id="from" name="from" type="date" value="${esc(range.from.slice(0, 10))}">
<label for="to">To (UTC, exclusive)</label><input id="to" name="to" type="date" value="${esc(range.to.slice(0, 10))}">
<button type="submit">Show</button>
</form>
<p>${stats.total} incidents from ${esc(stats.from.slice(0, 16))} to ${esc(stats.to.slice(0, 16))} UTC${stats.truncated ? ' (the first 100,000 only)' : ''}.
Median time to complete: <strong id="median-complete">${secs(stats.medians.toCompleteS)}</strong> (${stats.medians.completed} completed);
to dispatch: <strong id="median-dispatch">${secs(stats.medians.toDispatchS)}</strong> (${stats.medians.dispatched} dispatched).
Clusters: ${stats.clusters.clusters} (${stats.clusters.incidents} incidents).</p>
<script type="application/json" id="stats-data">${JSON.stringify(stats).replace(/</g, '\\u003c')}</script>
${chart(
  'chart-hour',
  'Reports by hour of day (UTC)',
  table(
    'Reports by hour (UTC)',
    ['Hour', 'Reports'],
    stats.byHour.map((h) => [h.hour, h.count]),
  ),
)}
${chart(
  'chart-category',
  'Reports by category',
  table(
    'Reports by category',
    ['Category', 'Reports'],
    stats.byCategory.map((c) => [c.key, c.count]),
  ),
)}
${chart(
  'chart-channel',
  'Reports by channel',
  table(
    'Reports by channel',
    ['Channel', 'Reports'],
    stats.byChannel.map((c) => [c.key, c.count]),
  ),
)}
${chart(
  'chart-priority',
  'Reports by priority',
  table(
    'Reports by priority',
    ['Priority', 'Reports'],
    stats.byPriority.map((c) => [c.key, c.count]),
  ),
)}
${chart(
  'chart-hotspots',
  'Hotspots by area (about 1 km cells)',
  table(
    'Hotspots',
    ['Latitude', 'Longitude', 'Reports'],
    stats.hotspots.map((h) => [h.lat, h.lon, h.count]),
  ),
)}
<section aria-labelledby="repeat-h">
<h2 id="repeat-h">Solve at source: repeat reporters and repeat places</h2>
<p><a href="/console/stats.csv?list=reporters&amp;${esc(q)}">Download repeat reporters (CSV)</a> · <a href="/console/stats.csv?list=places&amp;${esc(q)}">Download repeat places (CSV)</a></p>
${table(
  'Repeat reporters by category (identities hashed and masked)',
  ['Reporter', 'Address', 'Channel', 'Category', 'Reports', 'Last'],
  stats.repeatReporters.map((r) => [r.reporter, r.masked, r.channel, r.category, r.count, r.last.slice(0, 16)]),
  'repeat-reporters',
)}
${table(
  'Repeat places by category',
  ['Place', 'Category', 'Reports', 'Last'],
  stats.repeatPlaces.map((p) => [p.place, p.category, p.count, p.last.slice(0, 16)]),
  'repeat-places',
)}
</section>`,
    viewer,
    ['/console/static/echarts.min.js', '/console/static/console.js'],
  );
}

export { maskSender };
