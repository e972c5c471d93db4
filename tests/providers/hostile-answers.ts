// Hostile answers a source can give, described once and served two ways: as a fake fetch's Response (unit tests)
// and by a node:http server on 127.0.0.1 (the end-to-end test through the background). Every one of them must read
// "unavailable": none says anything about the domain.
import type { ServerResponse } from 'node:http';

export type Hostile = {
  status: number;
  type?: string;
  body?: string;
  headers?: Record<string, string>;
  /** 'huge': 3 MB with no content-length; 'slow': one byte every 200 ms; 'stall': a first chunk, then nothing. */
  stream?: 'huge' | 'slow' | 'stall';
  /** A redirect to this path on the same server (a loop when it is the path asked for). */
  redirectTo?: 'self' | 'elsewhere';
};

const JSON_T = 'application/json';
const RDAP_T = 'application/rdap+json';

/** Answers that are failures whatever the source. `{domain}` in a body is the domain asked about. */
export const COMMON_HOSTILE: Record<string, Hostile> = {
  'invalid JSON': { status: 200, type: JSON_T, body: '{"params":{"list":[' },
  'an empty 200': { status: 200, type: JSON_T, body: '' },
  'a JSON string': { status: 200, type: JSON_T, body: '"ok"' },
  'JSON null': { status: 200, type: JSON_T, body: 'null' },
  'a huge body': { status: 200, type: JSON_T, stream: 'huge' },
  'an HTML error page (200)': { status: 200, type: 'text/html', body: '<!doctype html><h1>服务暂时不可用</h1>' },
  'an HTML 404 page': { status: 404, type: 'text/html', body: '<html><body>404 Not Found</body></html>' },
  'a 3xx loop': { status: 302, redirectTo: 'self' },
  'a 403': { status: 403, type: JSON_T, body: '{"error":"forbidden"}' },
  'a 429': { status: 429, type: 'text/plain', body: 'Too Many Requests', headers: { 'retry-after': '60' } },
  'a 500': { status: 500, type: JSON_T, body: '{"errorCode":500}' },
  'a 202 with an empty list': { status: 202, type: JSON_T, body: '{"code":200,"success":true,"params":{"list":[]}}' },
  'a 206 with an empty list': { status: 206, type: JSON_T, body: '{"code":200,"success":true,"params":{"list":[]}}' },
  'a slow body': { status: 200, type: JSON_T, stream: 'slow' },
  'a stalled body': { status: 200, type: JSON_T, stream: 'stall' },
  'a plain-text 404': { status: 404, type: 'text/plain', body: 'not found' },
  'an empty 404': { status: 404, type: JSON_T, body: '' },
  "a proxy's JSON 404": { status: 404, type: JSON_T, body: '{"message":"no route matched","status":404}' },
  'an RDAP 404 after a redirect': { status: 302, redirectTo: 'elsewhere' },
};

export const RDAP_HOSTILE: Record<string, Hostile> = {
  'wrong types': { status: 200, type: RDAP_T, body: '{"objectClassName":"domain","ldhName":7,"events":"soon"}' },
  'a record for a different domain': { status: 200, type: RDAP_T, body: '{"objectClassName":"domain","ldhName":"other.example"}' },
  'an RFC 9083 404 as text/html': { status: 404, type: 'text/html', body: '{"errorCode":404,"title":"Not Found"}' },
  'an RFC 9083 error object with another code': { status: 404, type: RDAP_T, body: '{"errorCode":500,"title":"oops"}' },
};

export const ICP_HOSTILE: Record<string, Hostile> = {
  'wrong types': { status: 200, type: JSON_T, body: '{"code":200,"success":true,"params":{"list":"none"}}' },
  'an error only in msg': { status: 200, type: JSON_T, body: '{"msg":"查询过于频繁，请稍后再试","params":{"list":[]}}' },
  'success "false" as a string': { status: 200, type: JSON_T, body: '{"success":"false","params":{"list":[]}}' },
  'code "500" as a string': { status: 200, type: JSON_T, body: '{"code":"500","params":{"list":[]}}' },
  'an empty list and nothing saying success': { status: 200, type: JSON_T, body: '{"params":{"list":[]}}' },
  'a record for a different domain': {
    status: 200, type: JSON_T,
    body: '{"code":200,"success":true,"params":{"list":[{"unitName":"某公司","natureName":"企业","mainLicence":"京ICP备00000001号","serviceLicence":"京ICP备00000001号-1","domain":"other.example"}]}}',
  },
  // A record for the very domain asked about, that would verify it, but approved on a date that cannot be (issue 10).
  'a record approved in the future': {
    status: 200, type: JSON_T,
    body: '{"code":200,"msg":"操作成功","success":true,"params":{"list":[{"unitName":"某某科技有限公司","natureName":"企业","mainLicence":"京ICP备00000001号","serviceLicence":"京ICP备00000001号-1","domain":"{domain}","updateRecordTime":"2099-01-01 10:00:00","limitAccess":"否"}]}}',
  },
  'a record approved on no real date': {
    status: 200, type: JSON_T,
    body: '{"code":200,"msg":"操作成功","success":true,"params":{"list":[{"unitName":"某某科技有限公司","natureName":"企业","mainLicence":"京ICP备00000001号","serviceLicence":"京ICP备00000001号-1","domain":"{domain}","updateRecordTime":"2024-02-31 25:61:00","limitAccess":"否"}]}}',
  },
};

/** The domain a request asks about: a `domain` query parameter, else the path's last segment. */
function askedDomain(url: string): string {
  const u = new URL(url, 'http://127.0.0.1/');
  return u.searchParams.get('domain') ?? decodeURIComponent(u.pathname.split('/').pop() ?? '');
}

const bodyFor = (h: Hostile, url: string) => (h.body ?? '').replaceAll('{domain}', askedDomain(url));

const HUGE_CHUNK = 'x'.repeat(64 * 1024);

function streamOf(kind: NonNullable<Hostile['stream']>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      if (kind === 'huge') {
        if (sent++ >= 48) return ctrl.close();
        return ctrl.enqueue(enc.encode(sent === 1 ? `{"a":"${HUGE_CHUNK}` : HUGE_CHUNK));
      }
      if (kind === 'stall') {
        if (sent++ === 0) return ctrl.enqueue(enc.encode('{"params":'));
        return new Promise<void>(() => undefined);
      }
      await new Promise((r) => setTimeout(r, 200));
      if (sent++ >= 100) return ctrl.close();
      ctrl.enqueue(enc.encode(' '));
    },
  });
}

/** A fake fetch answering every request with `h` (a redirect 'elsewhere' leads to an RFC 9083 404). */
export function hostileFetch(h: Hostile): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.includes('/elsewhere')) return new Response('{"errorCode":404,"title":"Not Found"}', { status: 404, headers: { 'content-type': RDAP_T } });
    if (h.redirectTo) return new Response(null, { status: h.status, headers: { location: h.redirectTo === 'self' ? url : '/elsewhere' } });
    const body = h.stream ? streamOf(h.stream) : bodyFor(h, url);
    const init = { status: h.status, headers: { ...(h.type ? { 'content-type': h.type } : {}), ...h.headers } };
    // The Response constructor refuses a body on 204/304; none of the table's statuses is one of them.
    return new Response(body, init);
  }) as typeof fetch;
}

/** The same answer from a node:http server. Returns false for a path it does not serve. */
export function serveHostile(h: Hostile, path: string, res: ServerResponse): void {
  if (path.includes('/elsewhere')) {
    res.writeHead(404, { 'content-type': RDAP_T }).end('{"errorCode":404,"title":"Not Found"}');
    return;
  }
  if (h.redirectTo) {
    res.writeHead(h.status, { location: h.redirectTo === 'self' ? path : '/elsewhere' }).end();
    return;
  }
  res.writeHead(h.status, { ...(h.type ? { 'content-type': h.type } : {}), ...h.headers });
  if (!h.stream) return void res.end(bodyFor(h, path));
  const reader = streamOf(h.stream).getReader();
  const pump = async (): Promise<void> => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) return void res.end();
      res.write(value);
    }
  };
  res.on('close', () => void reader.cancel().catch(() => undefined));
  void pump().catch(() => undefined);
}
