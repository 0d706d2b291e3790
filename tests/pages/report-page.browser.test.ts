import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from '../helpers/chromium.js';
import { API_TOKEN, testGateway, type TestGateway } from '../helpers/gateway.js';

let gw: TestGateway;
let browser: Browser;
let base: string;

describe.skipIf(!chromiumPath)('the reporter pages in headless Chromium', () => {
  beforeAll(async () => {
    gw = await testGateway({ HOST: '127.0.0.1', PORT: '0' });
    const server = await gw.start();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });

  it('completes the first steps of a report with JavaScript off, by labels alone', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${base}/report?lang=en`);
    await page.getByLabel('What is happening, and where?').fill('A man is trying to open car doors on our street');
    await page.getByLabel(/Your phone number/).fill('13800138000');
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.waitForURL(/\/report\/[A-Za-z0-9_-]+$/);
    const transcript = page.locator('ol.transcript li');
    await expect.poll(() => transcript.count()).toBeGreaterThanOrEqual(2);
    expect(await transcript.first().innerText()).toContain('open car doors');
    await page.getByLabel('Reply').fill('Corner of Oak Street and 3rd Avenue');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForLoadState();
    expect(await page.locator('ol.transcript').innerText()).toContain('Corner of Oak Street');
    await context.close();
  });

  it('shares the browser location and shows a dispatcher message on the reporter page', async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      geolocation: { latitude: 34.2583, longitude: 108.9286, accuracy: 10 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await page.goto(`${base}/report`);
    await page.getByLabel('发生了什么？在哪里？').fill('有人在小区门口打架');
    await page.getByRole('button', { name: '共享我的位置' }).click();
    await expect.poll(() => page.locator('.geo-status').innerText()).toBe('已获取位置');
    await page.getByRole('button', { name: '发送报警' }).click();
    await page.waitForURL(/\/report\/[A-Za-z0-9_-]+$/);
    const token = page.url().split('/').pop()!;
    const incident = await gw.reports.report(token);
    expect(incident?.record.state.point).toMatchObject({ lat: 34.2583, lon: 108.9286, datum: 'WGS84' });

    const res = await fetch(`${base}/api/v1/incidents/${incident!.record.id}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${API_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: '民警5分钟后到，请留在安全的地方' }),
    });
    expect(res.status).toBe(202);
    await expect.poll(() => page.locator('ol.transcript').innerText(), { timeout: 15_000 }).toContain('民警5分钟后到');
    await context.close();
  });
});
