/**
 * HTTP requests written byte for byte on a TCP socket: any method, path, header or body (ill-formed UTF-8,
 * raw control characters, lying Content-Length), which Node's own client would refuse to send. The answer's
 * status line and headers are parsed, the body is kept as bytes (chunked bodies decoded). A request with no
 * complete answer within `timeoutMs` is reported as `hung`.
 */
import net from 'node:net';

export interface RawRequest {
  method: string;
  path: string;
  headers: [string, string][];
  body?: Buffer;
  timeoutMs?: number;
  /** Stop reading once the headers arrived (streams such as server-sent events). */
  headersOnly?: boolean;
}

export interface RawResponse {
  /** 0 when no status line arrived (the connection was reset or closed first). */
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  ms: number;
  hung: boolean;
  /** A socket error (for example EPIPE when the server refused a body before it was all written). */
  error?: string;
}

export function rawRequest(port: number, req: RawRequest): Promise<RawResponse> {
  const started = performance.now();
  const body = req.body ?? Buffer.alloc(0);
  const head =
    `${req.method} ${req.path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n` +
    req.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('') +
    (req.headers.some(([k]) => /^(content-length|transfer-encoding)$/i.test(k))
      ? ''
      : `Content-Length: ${body.length}\r\n`) +
    '\r\n';
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let done = false;
    let error: string | undefined;
    const finish = (hung: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...parse(Buffer.concat(chunks)), ms: performance.now() - started, hung, ...(error ? { error } : {}) });
    };
    const timer = setTimeout(() => finish(true), req.timeoutMs ?? 5000);
    socket.on('data', (d: Buffer) => {
      chunks.push(d);
      // A HEAD answer has no body; a stream's body never ends. An interim answer (100 Continue, sent for
      // `Expect: 100-continue`) is not the answer: wait for the final status line's headers.
      if ((req.headersOnly || req.method === 'HEAD') && parse(Buffer.concat(chunks)).status > 0) finish(false);
    });
    socket.on('end', () => finish(false));
    socket.on('close', () => finish(false));
    socket.on('error', (err: NodeJS.ErrnoException) => {
      error = err.code ?? err.message;
    });
    socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]));
  });
}

function parse(raw: Buffer): Pick<RawResponse, 'status' | 'headers' | 'body'> {
  // Interim answers (100 Continue) come before the real one.
  while (/^HTTP\/1\.[01] 1\d\d /.test(raw.subarray(0, 16).toString('latin1')) && raw.includes('\r\n\r\n')) {
    raw = raw.subarray(raw.indexOf('\r\n\r\n') + 4);
  }
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: {}, body: Buffer.alloc(0) };
  const lines = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  let body = raw.subarray(end + 4);
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  return { status, headers, body };
}

function dechunk(data: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    const eol = data.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = Number.parseInt(data.subarray(at, eol).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}
