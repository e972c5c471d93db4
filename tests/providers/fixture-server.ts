// Serves the recorded-layout provider fixtures (tests/fixtures/providers, see its README) on 127.0.0.1 at a random
// port, and remembers every request so tests can check what left "the browser". The domain in the request picks
// the scenario; the path prefix only mimics each registry's base URL.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/fixtures';
import type { RdapBootstrap } from '../../lib/providers/rdap';

const DIR = join(FIXTURES, 'providers');
export const fixture = (...parts: string[]) => readFileSync(join(DIR, ...parts), 'utf8');

/** Which domain plays which part. All invented; none is a reserved name, so providers will send them. */
export const SCENARIO = {
  found: 'kadun-test-shop.com',
  notFound: 'kadun-unregistered.com',
  rateLimited: 'kadun-busy.com',
  serverError: 'kadun-broken.com',
  waf: 'kadun-waf.com',
  slow: 'kadun-slow.com',
  truncated: 'kadun-truncated.com',
  otherDomain: 'kadun-other.com',
  huge: 'kadun-huge.com',
  icpBlocked: 'kadun-blocked.com',
} as const;

const RDAP_FOUND: Record<string, string> = {
  'kadun-test-shop.com': 'com-verisign.json',
  'kadun-test-shop.top': 'top-zdns.json',
  'kadun-test-shop.xyz': 'xyz-centralnic.json',
  'kadun-test-shop.vip': 'vip-hold.json',
  'kadun-test-shop.cc': 'cc-verisign.json',
};

/** A bootstrap like IANA's, but every server is this fixture server (http: the test server has no TLS). */
export function testBootstrap(origin: string): RdapBootstrap {
  return {
    version: '1.0',
    publication: '2026-11-24T00:00:00Z',
    services: [
      [['com', 'net'], [`${origin}/rdap/verisign/com/v1/`]],
      [['top'], [`${origin}/rdap/zdns/top/`]],
      [['xyz', 'icu'], [`${origin}/rdap/centralnic/xyz/`]],
      [['vip'], [`${origin}/rdap/vip/`]],
      // No trailing slash, as some bootstrap entries once were: the provider adds one.
      [['cc'], [`${origin}/rdap/verisign/cc/v1`]],
    ],
  };
}

export type Recorded = { method: string; url: string; headers: IncomingHttpHeaders };
export type FixtureServer = { origin: string; requests: Recorded[]; close(): Promise<void> };

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rdap = url.pathname.startsWith('/rdap/');
    const name = rdap ? decodeURIComponent(url.pathname.split('/domain/')[1] ?? '') : (url.searchParams.get('domain') ?? '');
    const json = rdap ? 'application/rdap+json' : 'application/json;charset=UTF-8';
    if (!rdap && url.pathname !== '/icp/query') return send(res, 404, 'text/plain', 'no such route');
    switch (name) {
      case SCENARIO.rateLimited:
        return send(res, 429, 'text/plain', 'Too Many Requests', { 'retry-after': '120' });
      case SCENARIO.serverError:
        return send(res, 500, rdap ? json : 'text/html', rdap ? '{"errorCode":500,"title":"Internal Server Error"}' : '<h1>500</h1>');
      case SCENARIO.waf:
        return send(res, 200, 'text/html; charset=utf-8', fixture('waf-block.html'));
      case SCENARIO.slow:
        // Headers and a first chunk, then nothing: only the client's timeout ends this.
        res.writeHead(200, { 'content-type': json });
        res.write('{"objectClassName":"domain",');
        return;
      case SCENARIO.truncated:
        return send(res, 200, json, rdap ? fixture('rdap', 'truncated-com.json.txt') : fixture('icp', 'truncated.json.txt'));
      case SCENARIO.otherDomain:
        return send(res, 200, json, rdap ? fixture('rdap', 'com-verisign.json') : fixture('icp', 'miit-other-domain.json'));
      case SCENARIO.huge: {
        // ~1.2 MB, chunked (no content-length): the client must stop reading, not trust a header.
        res.writeHead(200, { 'content-type': json });
        res.write(`{"objectClassName":"domain","ldhName":"${name}","remarks":[{"description":["`);
        for (let i = 0; i < 120; i++) res.write('x'.repeat(10_000));
        return res.end('"]}]}');
      }
      case SCENARIO.icpBlocked:
        return send(res, 200, json, fixture('icp', 'miit-blocked-empty.json'));
      case SCENARIO.notFound:
        return rdap ? send(res, 404, json, fixture('rdap', 'not-found-404.json')) : send(res, 200, json, fixture('icp', 'miit-empty.json'));
      default: {
        if (!rdap) return name === SCENARIO.found ? send(res, 200, json, fixture('icp', 'miit-found.json')) : send(res, 200, json, fixture('icp', 'miit-empty.json'));
        const file = RDAP_FOUND[name];
        return file ? send(res, 200, json, fixture('rdap', file)) : send(res, 404, json, fixture('rdap', 'not-found-404.json'));
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
