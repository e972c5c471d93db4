// Provider answers fuzzed end to end (issue 10 item 3): the built extension in Chromium asks a local ICP lookup
// service and rdap.verisign.com's HTTPS stand-in about a card shop, and both answer with something hostile. Each
// case has its own registrable domain (no cache or back-off of one reaches another). Whatever the answer, the
// verdict's sources read "unavailable", never "not-found", and no not-filed / registration-age signal appears.
// The hostile answers are the unit tests' table (tests/providers/hostile-answers.ts), served by node:http.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { launchWithExtension, type Launched } from '../../scripts/browser';
import { OFFLINE_HOST_RULES } from '../../scripts/demo/server';
import { COMMON_HOSTILE, ICP_HOSTILE, RDAP_HOSTILE, serveHostile, type Hostile } from '../providers/hostile-answers';
import { verdictForUrl, applySettings } from './extension';
import { CORS, icpHttpConfig, listen, makeCertificate, OPENSSL, startPageServer, type Started } from './sources-servers';

// Back-off is per source (an origin), so the answers that trigger it (429, 5xx) come last, one per source: any
// earlier would turn every later case into 'backing-off' and test nothing. Each case checks it was not that.
const CASES: Array<{ name: string; icp: Hostile; rdap: Hostile }> = [
  { name: 'invalid JSON', icp: COMMON_HOSTILE['invalid JSON']!, rdap: COMMON_HOSTILE['invalid JSON']! },
  { name: 'HTML error pages', icp: COMMON_HOSTILE['an HTML error page (200)']!, rdap: COMMON_HOSTILE['an HTML 404 page']! },
  { name: 'a 3xx loop', icp: COMMON_HOSTILE['a 3xx loop']!, rdap: COMMON_HOSTILE['a 3xx loop']! },
  { name: 'a 202, an empty 404', icp: COMMON_HOSTILE['a 202 with an empty list']!, rdap: COMMON_HOSTILE['an empty 404']! },
  { name: 'an error only in msg, a proxy 404', icp: ICP_HOSTILE['an error only in msg']!, rdap: COMMON_HOSTILE["a proxy's JSON 404"]! },
  { name: 'success "false", a plain-text 404', icp: ICP_HOSTILE['success "false" as a string']!, rdap: COMMON_HOSTILE['a plain-text 404']! },
  { name: 'an empty list with nothing saying success, a 404 after a redirect', icp: ICP_HOSTILE['an empty list and nothing saying success']!, rdap: COMMON_HOSTILE['an RDAP 404 after a redirect']! },
  { name: 'records for other domains', icp: ICP_HOSTILE['a record for a different domain']!, rdap: RDAP_HOSTILE['a record for a different domain']! },
  { name: 'an ICP record approved in the future, invalid JSON', icp: ICP_HOSTILE['a record approved in the future']!, rdap: COMMON_HOSTILE['invalid JSON']! },
  { name: 'an ICP record approved on no real date, an empty 200', icp: ICP_HOSTILE['a record approved on no real date']!, rdap: COMMON_HOSTILE['an empty 200']! },
  { name: 'huge and stalled bodies', icp: COMMON_HOSTILE['a huge body']!, rdap: COMMON_HOSTILE['a stalled body']! },
  { name: 'stalled and huge bodies', icp: COMMON_HOSTILE['a stalled body']!, rdap: COMMON_HOSTILE['a huge body']! },
  { name: '403s', icp: COMMON_HOSTILE['a 403']!, rdap: COMMON_HOSTILE['a 403']! },
  { name: 'a 429, a 500', icp: COMMON_HOSTILE['a 429']!, rdap: COMMON_HOSTILE['a 500']! },
];
const domainOf = (i: number) => `kadun-fuzz-${i}.com`;
const NEVER = ['icp-number-not-registered', 'icp-record-missing', 'icp-record-verified', 'domain-young', 'domain-established'];

let pages: Started;
let icp: Started;
let rdap: Started | null = null;
let b: Launched;
let certDir: string | undefined;
const answerFor = (path: string, pick: 'icp' | 'rdap') => {
  const i = CASES.findIndex((_c, n) => path.includes(domainOf(n)));
  return i < 0 ? undefined : CASES[i]![pick];
};

beforeAll(async () => {
  pages = await startPageServer((host) => (CASES.some((_c, i) => host === domainOf(i) || host.endsWith(`.${domainOf(i)}`)) ? 'shop' : null));
  const icpLog: Started['log'] = [];
  icp = await listen(createHttpServer((req, res) => {
    icpLog.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const h = answerFor(req.url ?? '', 'icp');
    if (!h) return void res.writeHead(404, CORS).end();
    for (const [k, v] of Object.entries(CORS)) res.setHeader(k, v);
    serveHostile(h, req.url ?? '/', res);
  }), icpLog);
  if (OPENSSL) {
    certDir = mkdtempSync(join(tmpdir(), 'kadun-fuzz-cert-'));
    const rdapLog: Started['log'] = [];
    rdap = await listen(createHttpsServer(makeCertificate(certDir), (req, res) => {
      rdapLog.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      const h = answerFor(req.url ?? '', 'rdap');
      for (const [k, v] of Object.entries(CORS)) res.setHeader(k, v);
      if (!h) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
      serveHostile(h, req.url ?? '/', res);
    }) as unknown as Server, rdapLog);
  }
  const names = CASES.flatMap((_c, i) => [`MAP ${domainOf(i)} 127.0.0.1`, `MAP *.${domainOf(i)} 127.0.0.1`]);
  const hostRules = ['EXCLUDE 127.0.0.1', ...(rdap ? [`MAP rdap.verisign.com 127.0.0.1:${rdap.port}`] : []), ...names, OFFLINE_HOST_RULES].join(', ');
  b = await launchWithExtension({ headless: true, hostRules, extraArgs: rdap ? ['--ignore-certificate-errors'] : [] });
  const settings = { ...DEFAULT_SETTINGS, sources: { rdap: rdap !== null, icpOrder: ['http'], icpHttp: icpHttpConfig(icp.port) } };
  await applySettings(b, settings);
}, 120_000);

afterAll(async () => {
  await b?.context.close();
  await Promise.all([pages?.close(), icp?.close(), rdap?.close()]);
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

describe('hostile source answers through the background', () => {
  it.each(CASES.map((c, i) => [c.name, i] as const))('%s: the sources read unavailable, never not-found', async (_name, i) => {
    const since = Date.now();
    const page = await b.context.newPage();
    await page.goto(`http://www.${domainOf(i)}:${pages.port}/shop`);
    const { verdict } = await verdictForUrl(b.worker, page.url(), 30_000, since);
    expect(verdict.isShop).toBe(true);
    const seen = JSON.stringify(verdict.sources);
    expect(verdict.sources.icp, seen).toMatchObject({ state: 'unavailable', provider: 'icp-http' });
    expect(verdict.sources.icp.reason, seen).not.toBe('backing-off');
    if (rdap) {
      expect(verdict.sources.rdap.state, seen).toBe('unavailable');
      expect(verdict.sources.rdap.reason, seen).not.toBe('backing-off');
    }
    const ids = verdict.signals.map((s) => s.id);
    for (const id of NEVER) expect(ids, id).not.toContain(id);
    await page.close();
  }, 45_000);

  it('each source was actually asked (the answers above were the hostile ones)', () => {
    expect(icp.log.length).toBeGreaterThanOrEqual(CASES.length);
    if (rdap) expect(rdap.log.length).toBeGreaterThanOrEqual(CASES.length);
  });
});
