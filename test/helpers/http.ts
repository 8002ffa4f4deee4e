/**
 * Raw HTTP requests for the serve tests: node:http (not fetch) so the Host and Origin headers can be set to
 * anything, as a DNS-rebinding page or a cross-site form would send them.
 */
import { request } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface Req {
  method?: string;
  path?: string;
  /** Host header (default 127.0.0.1:<port>). */
  host?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body in chunks without a Content-Length. */
  chunked?: boolean;
}

export function http(port: number, r: Req = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: r.host ?? `127.0.0.1:${port}`, ...r.headers };
    if (r.body !== undefined && !r.chunked) headers['Content-Length'] = String(Buffer.byteLength(r.body));
    const req = request({ host: '127.0.0.1', port, method: r.method ?? 'GET', path: r.path ?? '/', headers, setHost: false, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (r.body === undefined) req.end();
    else if (r.chunked) {
      const b = Buffer.from(r.body);
      for (let i = 0; i < b.length; i += 4096) req.write(b.subarray(i, i + 4096));
      req.end();
    } else req.end(r.body);
  });
}
