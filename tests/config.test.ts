import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { createLogger, maskPhones } from '../src/log.js';

describe('configuration', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      publicBaseUrl: 'http://127.0.0.1:3000',
      databaseUrl: 'file:./data/intake.db',
      agencyName: '110',
      defaultLanguage: 'zh-CN',
      dispatchApiToken: undefined,
      metricsToken: undefined,
      timers: { nudgeAfterS: 90, escalateAfterS: 180, inactiveAfterMin: 30 },
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('lists every invalid variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', DEFAULT_LANGUAGE: 'fr', DATABASE_URL: 'mysql://x', PUBLIC_BASE_URL: 'not a url' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'DEFAULT_LANGUAGE', 'DATABASE_URL', 'PUBLIC_BASE_URL'])
        expect(problems).toContain(name);
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DISPATCH_API_TOKEN: '' }).dispatchApiToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: '  ' }).metricsToken).toBeUndefined();
  });
});

describe('logs', () => {
  it('masks phone numbers to their last four digits', () => {
    expect(maskPhones('from +8613800138000 and 13912345678')).not.toMatch(/13800138000|13912345678/);
    expect(maskPhones('from +8613800138000')).toContain('8000');
    expect(maskPhones('reference 20261123-K7Q2PX')).toBe('reference 20261123-K7Q2PX');
  });

  it('never writes a full phone number or a secret, in messages or fields', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger('info', sink);
    log.info(
      { sender: '+8613800138000', nested: { to: '13912345678' }, req: { headers: { authorization: 'Bearer s3cret' } } },
      'message from 13800138000',
    );
    const out = lines.join('');
    expect(out).not.toContain('13800138000');
    expect(out).not.toContain('13912345678');
    expect(out).not.toContain('s3cret');
  });
});
