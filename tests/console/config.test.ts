/** The console's settings: MAP_URL_TEMPLATE (validated, filled with WGS 84) and CONSOLE_COOKIE_SECURE. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { mapUrl } from '../../src/console/router.js';

describe('console settings', () => {
  it('defaults to an OpenStreetMap link and cookies Secure behind HTTPS', () => {
    const c = loadConfig({});
    expect(c.console.mapUrlTemplate).toContain('openstreetmap.org');
    expect(c.console.cookieSecure).toBe('auto');
    expect(loadConfig({ CONSOLE_COOKIE_SECURE: 'true' }).console.cookieSecure).toBe(true);
  });

  it('refuses a map template that is not an http(s) URL with {lat} and {lon}, listing the problem', () => {
    for (const bad of ['javascript:alert({lat},{lon})', 'https://maps.example/?q={lat}', 'not a url']) {
      expect(() => loadConfig({ MAP_URL_TEMPLATE: bad })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ CONSOLE_COOKIE_SECURE: 'yes' })).toThrow(/CONSOLE_COOKIE_SECURE/);
  });

  it('fills the template in WGS 84: a WeChat GCJ-02 point is converted first', () => {
    const t = 'https://maps.example/?ll={lat},{lon}';
    expect(mapUrl(t, { lat: 34.25, lon: 108.94, datum: 'WGS84' })).toBe(
      'https://maps.example/?ll=34.250000,108.940000',
    );
    const converted = mapUrl(t, { lat: 34.25, lon: 108.94, datum: 'GCJ02' })!;
    const [lat, lon] = converted.split('=')[1]!.split(',').map(Number);
    expect(Math.abs(lat! - 34.25)).toBeGreaterThan(0.0005); // the GCJ-02 offset in Xi'an is a few hundred metres
    expect(Math.abs(lon! - 108.94)).toBeGreaterThan(0.0005);
    expect(mapUrl(t, { lat: null, lon: null, datum: null })).toBeNull();
  });
});
