/** Console test helpers: users, a logged-in supertest agent, reports from distinct senders. */
import type { Agent } from 'supertest';
import { hashPassword } from '../../src/console/password.js';
import type { Role } from '../../src/store/console-store.js';
import type { TestGateway } from '../helpers/gateway.js';

export const PASSWORD = 'correct horse battery';

export async function addUser(gw: TestGateway, username: string, role: Role = 'calltaker', password = PASSWORD) {
  const created = await gw.services!.console.createUser(username, role, await hashPassword(password), gw.clock.now());
  if (created !== 'created') throw new Error(`user ${username} exists`);
}

/** The login form's CSRF token (the agent keeps the matching cookie). */
export async function loginCsrf(agent: Agent): Promise<string> {
  const page = await agent.get('/console/login').expect(200);
  const m = /name="_csrf" value="([^"]+)"/.exec(page.text);
  if (!m) throw new Error('no CSRF token on the login page');
  return m[1]!;
}

export async function login(agent: Agent, username: string, password = PASSWORD) {
  const csrf = await loginCsrf(agent);
  return agent.post('/console/login').type('form').send({ _csrf: csrf, username, password });
}

/** The session's CSRF token, read from a console page. */
export async function sessionCsrf(agent: Agent): Promise<string> {
  const page = await agent.get('/console').expect(200);
  const m = /name="csrf-token" content="([^"]+)"/.exec(page.text);
  if (!m) throw new Error('no CSRF token on the console page');
  return m[1]!;
}

let seq = 0;

/** One SMS message (a fresh provider id), optionally with a shared WGS 84 location. */
export function sms(gw: TestGateway, sender: string, text: string, at?: { lat: number; lon: number }) {
  return gw.intake.receive({
    channel: 'sms',
    providerMessageId: `SM${Date.now().toString(36)}${(seq++).toString(36)}`,
    sender,
    text,
    receivedAt: gw.clock.now(),
    ...(at ? { location: { lat: at.lat, lon: at.lon, datum: 'WGS84' as const } } : {}),
  });
}

/** Degrees of latitude for a distance in metres (the haversine radius the rule uses). */
export function northBy(metres: number): number {
  return (metres / (2 * Math.PI * 6_371_008.8)) * 360;
}
