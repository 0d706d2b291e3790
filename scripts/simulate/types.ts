/** One simulated reporter on one channel, texting a running gateway exactly as that channel would. */
export interface SimOptions {
  url: string;
  from: string | undefined;
  lang: string | undefined;
  contact: string | undefined;
  /** Channels that listen rather than call (smpp: the SMSC's port). */
  port?: string | undefined;
}

export interface SimSession {
  /** Sends one line (or `/loc LAT LON`), returns the replies given in the same request. */
  send(line: string): Promise<string[]>;
  /** Messages that arrived since the last call (status updates, nudges), where the channel can tell. */
  poll?(): Promise<string[]>;
  /** A line printed once at the start (e.g. the report page link). */
  banner?(): string;
}

export type SimFactory = (opts: SimOptions) => SimSession;

/** Parses "/loc 34.25 108.94" (or with a comma). */
export function parseLocation(line: string): { lat: number; lon: number } | null {
  const m = /^\/loc\s+(-?\d+(?:\.\d+)?)[\s,]+(-?\d+(?:\.\d+)?)/.exec(line);
  return m ? { lat: Number(m[1]), lon: Number(m[2]) } : null;
}
