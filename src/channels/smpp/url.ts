/** SMPP_URL: `smpp://system_id:password@host:port` (port 2775 by default). */
export interface SmppEndpoint {
  host: string;
  port: number;
  systemId: string;
  password: string;
}

export function parseSmppUrl(raw: string): SmppEndpoint {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('SMPP_URL is not a URL: expected smpp://system_id:password@host:port');
  }
  if (url.protocol !== 'smpp:') throw new Error('SMPP_URL must start with smpp://');
  const systemId = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  if (!systemId || !url.hostname)
    throw new Error('SMPP_URL needs a system_id and a host: smpp://system_id:password@host:port');
  // SMPP 3.4: system_id is at most 15 octets, password at most 8.
  if (systemId.length > 15 || password.length > 8)
    throw new Error('SMPP_URL: system_id ≤ 15 and password ≤ 8 characters');
  const port = url.port ? Number(url.port) : 2775;
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port, systemId, password };
}

/** The URL with its password hidden, for logs. */
export function redactSmppUrl(raw: string): string {
  return raw.replace(/(smpp:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');
}
