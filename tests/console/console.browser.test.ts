/**
 * The console in a real headless Chromium (Debian's, through playwright-core) against a real gateway:
 * login and lockout; reports appearing live in the queue without a reload (also when another gateway
 * process on the same PostgreSQL database took them: PostgreSQL pass only, two gateways on one SQLite file
 * are not a supported setup); three reports of one fight from three senders shown as one cluster; take over,
 * text the reporter, and the reporter's own page shows it; a status change; a category decision that
 * survives the reporter's next message; a reporter's `<script>` shown as text; the charts drawn; axe-core
 * finds no violations on the login, queue, incident and statistics pages. Screenshots of the main pages go
 * to .ci/out/screenshots/.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from '../helpers/chromium.js';
import { onPostgres } from '../helpers/database.js';
import { testGateway, type TestGateway } from '../helpers/gateway.js';
import { addUser, PASSWORD } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.join(root, '.ci/out/screenshots');
const AXE = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

let gw: TestGateway;
let base: string;
let browser: Browser;
let staff: BrowserContext;
/** Content-Security-Policy violations the pages reported (there must be none). */
const cspErrors: string[] = [];

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Runs axe-core in the page (evaluated through the debugging protocol: the page's CSP allows no inline script). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  // A string, evaluated in the page: the test itself is compiled without the DOM's types.
  return page.evaluate<string[]>(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => v.id + ': ' + JSON.stringify(v.nodes.map((n) => n.target)));
  })()`);
}

async function report(url: string, text: string, location?: { lat: number; lon: number }) {
  const res = await fetch(`${url}/api/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, language: 'en', ...(location ? { location } : {}) }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { incidentId: string; reference: string; token: string };
}

async function logIn(context: BrowserContext, username: string, password = PASSWORD): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto(`${base}/console`);
  await page.waitForURL(/\/console\/login$/);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  return page;
}

describe.skipIf(!chromiumPath)('the console in headless Chromium', () => {
  beforeAll(async () => {
    gw = await testGateway({ HOST: '127.0.0.1', PORT: '0', NEW_REPORTS_PER_IP_PER_10MIN: '1000' });
    await addUser(gw, 'alice');
    await addUser(gw, 'victim');
    await addUser(gw, 'sam', 'supervisor');
    const server = await gw.start();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    staff = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });

  it('logs in, and locks a user out after repeated failures with a clear message', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${base}/console/login`);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'console-login');
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('User name').fill('victim');
      await page.getByLabel('Password').fill(`wrong password ${i}`);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForLoadState();
    }
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/locked for 15 minutes, until \d\d:\d\d UTC/);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForLoadState();
    expect(page.url()).toMatch(/\/console\/login$/);
    expect(await page.getByRole('alert').innerText()).toContain('Too many failed attempts');
    await context.close();

    const ok = await logIn(staff, 'alice');
    await ok.waitForURL(/\/console$/);
    expect(await ok.getByRole('heading', { level: 1 }).innerText()).toBe('Live queue');
    await ok.close();
  });

  it('shows new reports live, three reports of one fight as one cluster, an unacknowledged P1 by text', async () => {
    const page = await staff.newPage();
    await page.goto(`${base}/console`);
    await expect.poll(() => page.locator('#live-state').innerText()).toBe('Live.');
    const here = { lat: 34.2611, lon: 108.9422 };
    const a = await report(base, 'Three men are fighting with bottles outside the Bell Tower mall', here);
    const b = await report(base, 'A fight outside the Bell Tower mall, one man is bleeding', {
      lat: here.lat + 0.001,
      lon: here.lon,
    });
    const c = await report(base, 'People fighting near the Bell Tower mall entrance', {
      lat: here.lat,
      lon: here.lon + 0.001,
    });
    const rows = page.locator('#queue-rows tr[data-id]');
    for (const r of [a, b, c]) {
      await expect
        .poll(() => page.locator(`#queue-rows tr[data-id="${r.incidentId}"]`).count(), { timeout: 10_000 })
        .toBe(1);
    }
    const clusterOf = (id: string) => page.locator(`#queue-rows tr[data-id="${id}"] .cluster`).innerText();
    await expect.poll(() => clusterOf(c.incidentId)).toMatch(/\S+/);
    const cluster = await clusterOf(a.incidentId);
    expect(await clusterOf(b.incidentId)).toBe(cluster);
    expect(await clusterOf(c.incidentId)).toBe(cluster);
    // Urgent and unacknowledged: said in words (and to assistive technology), not by colour alone.
    const urgent = page.locator(`#queue-rows tr[data-id="${b.incidentId}"] .badge.urgent`);
    expect(await urgent.innerText()).toContain('P1 not acknowledged');
    expect(await urgent.getAttribute('aria-label')).toContain('Urgent');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'console-queue');
    await page.close();
  });

  it.skipIf(!onPostgres)('shows a report that another gateway process took, live', async () => {
    const other = await testGateway({ HOST: '127.0.0.1', PORT: '0' }, { dir: gw.dir });
    try {
      const server = await other.start();
      const otherBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const page = await staff.newPage();
      await page.goto(`${base}/console`);
      await expect.poll(() => page.locator('#live-state').innerText()).toBe('Live.');
      const r = await report(otherBase, 'Someone is breaking car windows on Oak Street right now');
      await expect
        .poll(() => page.locator(`#queue-rows tr[data-id="${r.incidentId}"]`).count(), { timeout: 10_000 })
        .toBe(1);
      await page.close();
    } finally {
      await other.stop();
    }
  });

  it('takes over, texts the reporter (who sees it on their page), sets a status; a decision survives their next message', async () => {
    // The reporter files through the web form in their own browser.
    const reporterContext = await browser.newContext({ locale: 'en-US' });
    const reporter = await reporterContext.newPage();
    await reporter.goto(`${base}/report?lang=en`);
    await reporter
      .getByLabel('What is happening, and where?')
      .fill('Two men are fighting at the Oak Street night market');
    await reporter.getByRole('button', { name: 'Send report' }).click();
    await reporter.waitForURL(/\/report\/[A-Za-z0-9_-]+$/);
    const token = reporter.url().split('/').pop()!;
    const { record } = (await gw.reports.report(token))!;

    const page = await staff.newPage();
    await page.goto(`${base}/console/incidents/${record.id}`);
    await page.getByRole('button', { name: 'Take over' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('taken this incident over');
    const box = page.getByLabel('Text the reporter');
    await box.fill('Police are on the way. Stay where you are safe.');
    // The counter is the page script's: under load it may run a moment after the fill (it counts on load too).
    await expect.poll(() => page.locator('#message-count').innerText()).toMatch(/^47 \/ 155 characters/);
    await box.press('Control+A');
    await box.fill('x'.repeat(160));
    await expect.poll(() => page.locator('#message-count').innerText()).toContain('5 too many');
    await box.fill('Police are on the way. Stay where you are safe.');
    await page.getByRole('button', { name: 'Send to reporter' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toContain('Message sent');
    expect(await page.locator('#transcript').innerText()).toContain('Call-taker alice');
    await expect
      .poll(() => reporter.locator('ol.transcript').innerText(), { timeout: 15_000 })
      .toContain('Police are on the way. Stay where you are safe.');

    // Category decision with a reason; then the reporter writes a keyword that would make it violence again.
    await page.getByLabel('Category', { exact: true }).selectOption('disorder');
    await page.getByLabel('Reason (required)').fill('Shouting match only, confirmed by CCTV');
    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(() => page.locator('#category').innerText()).toBe('disorder');
    await reporter.getByLabel('Reply').fill('now they are punching and fighting again');
    await reporter.getByRole('button', { name: 'Send' }).click();
    await reporter.waitForLoadState();
    await page.reload();
    expect(await page.locator('#category').innerText()).toBe('disorder');
    expect(await page.locator('#transcript').innerText()).toContain('now they are punching and fighting again');
    expect(await page.locator('.reasons').innerText()).toContain('Shouting match only, confirmed by CCTV');

    // Status: the reporter is told on their page.
    await page.getByLabel('Set status').selectOption('dispatched');
    await page.getByRole('button', { name: 'Set status' }).click();
    await expect.poll(() => page.locator('#status').innerText()).toBe('dispatched');
    const audit = (await gw.reports.auditEvents(record.id)).map((e) => e.type);
    expect(audit).toEqual(
      expect.arrayContaining(['console_take_over', 'console_message', 'console_decision', 'console_status']),
    );
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'console-incident');
    await reporterContext.close();
    await page.close();
  });

  it('shows a reporter message containing <script> as text, and runs none of it', async () => {
    const r = await report(
      base,
      'fight at <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> market',
    );
    const page = await staff.newPage();
    await page.goto(`${base}/console/incidents/${r.incidentId}`);
    expect(await page.locator('#transcript').innerText()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await page.goto(`${base}/console`);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await page.close();
  });

  it('works by keyboard alone: log in, open an incident from the queue, take it over', async () => {
    const r = await report(base, 'Someone is shouting and throwing chairs in the Lotus bar on Oak Street');
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${base}/console/login`);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab');
    await page.keyboard.type('alice');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console$/);
    const link = page.locator(`#queue-rows tr[data-id="${r.incidentId}"] th a`);
    // Tab through the page until the incident's link has the focus, then follow it.
    for (let i = 0; i < 60 && !(await link.evaluate((el) => el === el.ownerDocument.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/console/incidents/${r.incidentId}$`));
    const takeOver = page.getByRole('button', { name: 'Take over' });
    for (let i = 0; i < 80 && !(await takeOver.evaluate((el) => el === el.ownerDocument.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').innerText()).toContain('taken this incident over');
    await context.close();
  });

  it('draws the statistics charts with data, each with a table beside it', async () => {
    const page = await logIn(
      await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } }),
      'sam',
    );
    await page.waitForURL(/\/console$/);
    await page.goto(`${base}/console/stats?from=2026-11-23&to=2026-11-24`);
    for (const id of ['chart-hour', 'chart-category', 'chart-channel', 'chart-priority', 'chart-hotspots']) {
      await expect.poll(() => page.locator(`#${id}[data-rendered="true"] svg`).count()).toBe(1);
      // Bars drawn as SVG paths, one per data point at least.
      expect(await page.locator(`#${id} svg path`).count()).toBeGreaterThan(2);
    }
    expect(await page.locator('table', { hasText: 'Reports by category' }).innerText()).toContain('violence');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'console-stats');
    expect(cspErrors).toEqual([]);
    await page.context().close();
  });
});
