// Local stand-ins for the data sources in the sources e2e files (sources.e2e.test.ts, sources-cli.e2e.test.ts): the
// page server for the test names, the person's ICP HTTP service on 127.0.0.1, and an HTTPS stand-in for
// rdap.verisign.com (self-signed certificate made with openssl). Each logs every request it receives.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import type { IcpRecord } from '../../lib/core/types';
import type { IcpHttpConfig } from '../../lib/providers/icp-http';

export const FIXTURES = join('tests', 'fixtures', 'e2e-sources');
export const ARTEFACTS = join('test-results', 'e2e');
export const SHOP_HTML = join(FIXTURES, 'shop.html');
export const BLOG_HTML = join(FIXTURES, 'blog.html');
export const DAY = 86_400_000;

export const OPENSSL = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
if (!OPENSSL) {
  console.warn('[sources e2e] RDAP parts skipped: `openssl` is not installed, so no certificate can be made for the HTTPS '
    + 'stand-in of rdap.verisign.com. The ICP HTTP source is still tested.');
}

// Fixtures

export const ICP_RECORDS = JSON.parse(readFileSync(join(FIXTURES, 'icp-records.json'), 'utf8')) as Record<string, IcpRecord | null>;
export const RDAP_TEMPLATE = readFileSync(join(FIXTURES, 'rdap-domain.template.json'), 'utf8');

/** An RFC 9083 domain object for `domain`, registered `ageDays` before now (Verisign's layout: upper-case ldhName). */
export function rdapBody(domain: string, ageDays: number): unknown {
  const now = Date.now();
  const iso = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return JSON.parse(RDAP_TEMPLATE
    .replace('{{LDH_NAME}}', domain.toUpperCase())
    .replace('{{REGISTERED}}', iso(now - ageDays * DAY))
    .replace('{{EXPIRES}}', iso(now + (365 - ageDays) * DAY + 365 * DAY))
    .replace('{{NOW}}', iso(now)));
}

/** MIIT's reply shape (lib/providers/icp-http.ts header; tests/fixtures/providers/icp/miit-found.json). */
export function miitReply(list: IcpRecord[]): unknown {
  return {
    code: 200, msg: '操作成功', success: true,
    params: { endRow: 0, firstPage: 1, hasNextPage: false, isFirstPage: true, isLastPage: true, list, pageNum: 1, pageSize: 10, pages: 1, size: list.length, total: list.length },
  };
}

/** The MIIT-shaped mapping from lib/providers/icp-http.ts, pointed at the local ICP server. */
export function icpHttpConfig(port: number): IcpHttpConfig {
  return {
    endpoint: `http://127.0.0.1:${port}/icp/{domain}`,
    mapping: {
      list: 'params.list',
      found: { path: 'success', equals: true },
      fields: {
        unitName: 'unitName', natureName: 'natureName', mainLicence: 'mainLicence', serviceLicence: 'serviceLicence',
        domain: 'domain', updateRecordTime: 'updateRecordTime', limitAccess: 'limitAccess',
      },
    },
  };
}

// Local servers

export type Received = { method: string; url: string; headers: IncomingHttpHeaders };
export type Started = { server: Server; port: number; log: Received[]; close(): Promise<void> };

export async function listen(server: Server, log: Received[]): Promise<Started> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    server, port, log,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

export const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': 'GET' };

/** Preflight (never expected: the sources send only CORS-safelisted headers) and method checks, shared by both sources. */
export function corsOrRefuse(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end(), true;
  if (req.method !== 'GET') return void res.writeHead(405, CORS).end(), true;
  return false;
}

/** What the ICP server says for a domain: a MIIT reply (list), a 500, or a WAF block page. */
export type IcpAnswer = { kind: 'list'; list: IcpRecord[] } | { kind: 'status'; status: number } | { kind: 'waf' };

export function startIcpServer(answers: Map<string, IcpAnswer>): Promise<Started> {
  const log: Received[] = [];
  const server = createHttpServer((req, res) => {
    log.push({ method: req.method ?? '', url: `http://${req.headers.host}${req.url}`, headers: req.headers });
    if (corsOrRefuse(req, res)) return;
    const m = /^\/icp\/([^/?#]+)$/.exec(req.url ?? '');
    const answer = m ? answers.get(decodeURIComponent(m[1]!)) : undefined;
    if (!answer) return void res.writeHead(404, { ...CORS, 'content-type': 'application/json' }).end('{"code":404,"success":false}');
    if (answer.kind === 'status') return void res.writeHead(answer.status, { ...CORS, 'content-type': 'text/plain' }).end('Internal Server Error');
    if (answer.kind === 'waf') {
      return void res.writeHead(200, { ...CORS, 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(FIXTURES, 'waf-block.html')));
    }
    res.writeHead(200, { ...CORS, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(miitReply(answer.list)));
  });
  return listen(server, log);
}

/** rdap.verisign.com's stand-in: `/com/v1/domain/<name>` → the domain object, or RFC 9083's 404 error object. */
export function startRdapServer(tls: { key: Buffer; cert: Buffer }, bodies: Map<string, unknown>): Promise<Started> {
  const log: Received[] = [];
  const server = createHttpsServer(tls, (req, res) => {
    log.push({ method: req.method ?? '', url: `https://${req.headers.host}${req.url}`, headers: req.headers });
    if (corsOrRefuse(req, res)) return;
    const m = /^\/com\/v1\/domain\/([^/?#]+)$/.exec(req.url ?? '');
    const body = m ? bodies.get(decodeURIComponent(m[1]!).toLowerCase()) : undefined;
    if (!body) {
      return void res.writeHead(404, { ...CORS, 'content-type': 'application/rdap+json' })
        .end(JSON.stringify({ errorCode: 404, title: 'Not Found', rdapConformance: ['rdap_level_0'] }));
    }
    res.writeHead(200, { ...CORS, 'content-type': 'application/rdap+json' }).end(JSON.stringify(body));
  });
  return listen(server as unknown as Server, log);
}

/** The sites: every page path of a shop host gets the shop page, of a blog host the blog page; nothing else exists. */
export function startPageServer(sites: (host: string) => 'shop' | 'blog' | null): Promise<Started> {
  const log: Received[] = [];
  const server = createHttpServer((req, res) => {
    log.push({ method: req.method ?? '', url: `http://${req.headers.host}${req.url}`, headers: req.headers });
    const site = sites((req.headers.host ?? '').replace(/:\d+$/, ''));
    const path = (req.url ?? '/').split('?')[0]!;
    if (!site || path === '/favicon.ico') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(readFileSync(site === 'shop' ? SHOP_HTML : BLOG_HTML));
  });
  return listen(server, log);
}

/** A throwaway self-signed certificate for rdap.verisign.com (node:crypto cannot write X.509). */
export function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=rdap.verisign.com', '-days', '1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}
