/**
 * Console login over HTTP (supertest against the real app and database): wrong passwords, lockout per user
 * and per client address with a clear message and a time, a new session id at every login (an attacker's
 * planted cookie is never promoted), CSRF refusal of state-changing requests, logout, and sessions any
 * process can serve (they live in the database).
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testGateway, type TestGateway } from '../helpers/gateway.js';
import { addUser, login, loginCsrf, PASSWORD, sessionCsrf, sms } from './helpers.js';

let gw: TestGateway;
beforeEach(async () => {
  gw = await testGateway();
  await addUser(gw, 'alice');
  await addUser(gw, 'sam', 'supervisor');
});
afterEach(async () => {
  await gw.stop();
});

function cookieValue(res: request.Response, name: string): string | undefined {
  const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
  const line = (raw ?? []).find((c) => c.startsWith(`${name}=`));
  return line?.slice(name.length + 1).split(';')[0];
}

describe('console login', () => {
  it('sends an unauthenticated visitor to the login page, with a strict CSP and an HttpOnly SameSite=Strict cookie', async () => {
    const res = await request(gw.app).get('/console').set('Accept', 'text/html');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/console/login');
    const page = await request(gw.app).get('/console/login').expect(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    const agent = request.agent(gw.app);
    const ok = await login(agent, 'alice');
    expect(ok.status).toBe(303);
    const set = (ok.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('console_session='))!;
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Strict/);
    expect(set).not.toMatch(/Secure/); // plain HTTP here; Secure behind HTTPS (tested below)
    const queue = await agent.get('/console').expect(200);
    expect(queue.text).toContain('Live queue');
  });

  it('marks the cookie Secure (with the __Host- prefix) when PUBLIC_BASE_URL is https', async () => {
    const secure = await testGateway({ PUBLIC_BASE_URL: 'https://intake.example.org' });
    try {
      await addUser(secure, 'alice');
      const agent = request.agent(secure.app);
      const csrf = await loginCsrf(agent);
      // The login cookie is Secure too, so a plain-HTTP agent does not send it back: send it by hand.
      const page = await request(secure.app).get('/console/login');
      const loginToken = cookieValue(page, '__Host-console_login')!;
      const token = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
      expect(csrf).not.toBe(token);
      const res = await request(secure.app)
        .post('/console/login')
        .set('Cookie', `__Host-console_login=${loginToken}`)
        .type('form')
        .send({ _csrf: token, username: 'alice', password: PASSWORD });
      expect(res.status).toBe(303);
      const set = (res.headers['set-cookie'] as unknown as string[]).find((c) =>
        c.startsWith('__Host-console_session='),
      )!;
      expect(set).toMatch(/; Secure/);
      expect(set).toMatch(/Path=\//);
    } finally {
      await secure.stop();
    }
  });

  it('refuses a login without the login form token and creates no session', async () => {
    const res = await request(gw.app)
      .post('/console/login')
      .type('form')
      .send({ username: 'alice', password: PASSWORD });
    expect(res.status).toBe(403);
    expect(res.text).toContain('form expired');
    const n = await gw.db.sql.read.get<{ n: number | string }>('SELECT COUNT(*) AS "n" FROM "ConsoleSession"');
    expect(Number(n!.n)).toBe(0);
  });

  it('locks a user out after five wrong passwords, says until when, and lets them in after the lock ends', async () => {
    const agent = request.agent(gw.app);
    for (let i = 0; i < 4; i++) {
      const res = await login(agent, 'alice', 'wrong password!');
      expect(res.status).toBe(401);
      expect(res.text).toContain('Wrong user name or password.');
    }
    const fifth = await login(agent, 'alice', 'wrong password!');
    expect(fifth.status).toBe(429);
    expect(fifth.text).toContain('locked for 15 minutes, until 10:15 UTC');
    // The right password is refused during the lock, with the same message.
    const during = await login(agent, 'alice');
    expect(during.status).toBe(429);
    expect(during.text).toMatch(/locked for \d+ minutes?, until 10:15 UTC/);
    gw.clock.advance(15 * 60 + 1);
    const after = await login(agent, 'alice');
    expect(after.status).toBe(303);
  });

  it('locks a client address out after twenty failures across user names', async () => {
    const agent = request.agent(gw.app);
    for (let i = 0; i < 19; i++) {
      const res = await login(agent, `nobody${i}`, 'wrong password!');
      expect(res.status).toBe(401);
    }
    const last = await login(agent, 'nobody-last', 'wrong password!');
    expect(last.status).toBe(429);
    const real = await login(agent, 'sam');
    expect(real.status).toBe(429);
    expect(real.text).toContain('Too many failed attempts');
  });

  it('gives a new session id at login: a planted session cookie is not promoted', async () => {
    const agent = request.agent(gw.app);
    const planted = 'attacker-chosen-session-value';
    agent.jar.setCookie(`console_session=${planted}; Path=/`);
    const res = await login(agent, 'alice');
    expect(res.status).toBe(303);
    const issued = cookieValue(res, 'console_session')!;
    expect(issued).toBeTruthy();
    expect(issued).not.toBe(planted);
    const withPlanted = await request(gw.app)
      .get('/console')
      .set('Cookie', `console_session=${planted}`)
      .set('Accept', 'text/html');
    expect(withPlanted.status).toBe(303);
    // A second login replaces the first session, which then no longer works.
    const second = await login(agent, 'alice');
    const again = cookieValue(second, 'console_session')!;
    expect(again).not.toBe(issued);
    const old = await request(gw.app)
      .get('/console')
      .set('Cookie', `console_session=${issued}`)
      .set('Accept', 'text/html');
    expect(old.status).toBe(303);
    expect((await request(gw.app).get('/console').set('Cookie', `console_session=${again}`)).status).toBe(200);
  });

  it('refuses a state-changing request without the CSRF token or from another origin, and changes nothing', async () => {
    const r = await sms(gw, '+8613800000001', 'Two men are fighting outside the Oak Street market');
    const agent = request.agent(gw.app);
    await login(agent, 'alice');
    const csrf = await sessionCsrf(agent);
    const noToken = await agent.post(`/console/incidents/${r.incidentId}/note`).type('form').send({ text: 'x' });
    expect(noToken.status).toBe(403);
    expect(noToken.body).toMatchObject({ error: { code: 'csrf' } });
    const wrong = await agent
      .post(`/console/incidents/${r.incidentId}/take-over`)
      .type('form')
      .send({ _csrf: `${csrf.slice(0, -2)}xx` });
    expect(wrong.status).toBe(403);
    const foreign = await agent
      .post(`/console/incidents/${r.incidentId}/note`)
      .set('Origin', 'https://evil.example')
      .type('form')
      .send({ _csrf: csrf, text: 'x' });
    expect(foreign.status).toBe(403);
    expect(await gw.services!.console.notes(r.incidentId)).toEqual([]);
    expect(await gw.services!.console.dispatchState(r.incidentId)).toBeNull();
    const badReferer = await agent
      .post(`/console/incidents/${r.incidentId}/note`)
      .set('Referer', 'not a url')
      .type('form')
      .send({ _csrf: csrf, text: 'x' });
    expect(badReferer.status).toBe(303); // no usable origin: the CSRF token alone decides
    const foreignReferer = await agent
      .post(`/console/incidents/${r.incidentId}/note`)
      .set('Referer', 'https://evil.example/page')
      .type('form')
      .send({ _csrf: csrf, text: 'y' });
    expect(foreignReferer.status).toBe(403);
    // With the token (form field or header) it works.
    const ok = await agent
      .post(`/console/incidents/${r.incidentId}/note`)
      .type('form')
      .send({ _csrf: csrf, text: 'called back' });
    expect(ok.status).toBe(303);
    const viaHeader = await agent
      .post(`/console/incidents/${r.incidentId}/note`)
      .set('X-CSRF-Token', csrf)
      .type('form')
      .send({ text: 'second note' });
    expect(viaHeader.status).toBe(303);
    expect((await gw.services!.console.notes(r.incidentId)).map((n) => n.text)).toEqual([
      'x',
      'called back',
      'second note',
    ]);
  });

  it('logs out: the session ends in the database', async () => {
    const agent = request.agent(gw.app);
    const res = await login(agent, 'alice');
    const token = cookieValue(res, 'console_session')!;
    const csrf = await sessionCsrf(agent);
    expect((await agent.post('/console/logout').type('form').send({ _csrf: csrf })).status).toBe(303);
    const after = await request(gw.app)
      .get('/console')
      .set('Cookie', `console_session=${token}`)
      .set('Accept', 'text/html');
    expect(after.status).toBe(303);
  });

  it('ends a session after two idle hours', async () => {
    const agent = request.agent(gw.app);
    await login(agent, 'alice');
    gw.clock.advance(2 * 3600 + 5);
    const res = await agent.get('/console').set('Accept', 'text/html');
    expect(res.status).toBe(303);
  });
});
