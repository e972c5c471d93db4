// Serves the demo pages on 127.0.0.1. The browser maps the reserved `*.test` names to 127.0.0.1
// (--host-resolver-rules), so each demo shop has a site of its own; a page can also be fetched by path.
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'pages');

/** Demo site name → page file. The names are reserved (.test): nothing here is a real shop. */
export const DEMO_SITES = {
  'pay-personal.test': 'pay-personal.html',
  'fake-icp.test': 'fake-icp.html',
  'clean-shop.test': 'clean-shop.html',
  'epay-cashier.test': 'epay-cashier.html',
  'news.test': 'news.html',
} as const;
export type DemoSite = keyof typeof DEMO_SITES;

export const HOST_RESOLVER_RULES = 'MAP *.test 127.0.0.1';
/** Tests and the headless demo: the demo shops, and no other name resolves (nothing reaches the internet). */
export const OFFLINE_HOST_RULES = `${HOST_RESOLVER_RULES}, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`;

export type DemoServer = { port: number; origin: string; url(site: DemoSite | 'index'): string; close(): Promise<void>; server: Server };

export async function startDemoServer(port = 0): Promise<DemoServer> {
  let actualPort = 0;
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    let file: string | undefined;
    if (path === '/' || path === '/index.html') file = DEMO_SITES[host as DemoSite] ?? 'index.html';
    else if (/^\/[a-z-]+\.html$/.test(path)) file = path.slice(1);
    if (path.startsWith('/assets/')) {
      res.writeHead(200, { 'content-type': path.endsWith('.css') ? 'text/css' : 'application/javascript' }).end('');
      return;
    }
    const full = file ? join(DEMO_PAGES_DIR, file) : '';
    if (!file || !existsSync(full)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const html = readFileSync(full, 'utf8').replaceAll('{{PORT}}', String(actualPort));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const addr = server.address();
  actualPort = typeof addr === 'object' && addr ? addr.port : port;
  return {
    port: actualPort,
    origin: `http://127.0.0.1:${actualPort}`,
    url: (site) => (site === 'index' ? `http://127.0.0.1:${actualPort}/` : `http://${site}:${actualPort}/`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    server,
  };
}
