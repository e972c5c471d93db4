// The interstitial's background half and the link check, behind the real message server with fake-indexeddb:
// a confirmed site is sent to the warning page, a reported or allowed one is not, the person's 仍要访问 is
// remembered across a database reopen (a restarted browser), and a web page can neither bypass nor read the entry.
import { describe, expect, it } from 'vitest';
import { createGateHandlers, interstitialPath } from '../../entrypoints/background/handlers-gate';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { openAppDb } from '../../lib/db/app-db';
import { request } from '../../lib/messaging/client';
import { createServer } from '../../lib/messaging/server';
import { importList, lookupInDb } from '../../lib/risk-list/store';
import { allowed, confirmed, entry, list, NOW } from '../risk-list/helpers';

const testList = list({
  entries: [
    confirmed('scam-listed.test', { note: '收款到个人微信' }),
    entry('reported-only.test'),
    confirmed('old-scam.test', { lastSeen: '2026-01-01', expires: '2026-02-01' }),
    confirmed('pay.cleared.test'),
  ],
  allow: [allowed('cleared.test', { kind: 'cleared' })],
});

let n = 0;
async function setup() {
  const db = openAppDb(`kadun-gate-${Date.now()}-${n++}`);
  await importList(db, testList, NOW);
  const shown: Array<[number, string]> = [];
  const gate = createGateHandlers({
    db, now: () => NOW, settings: async () => DEFAULT_SETTINGS,
    listLookup: async (url, at) => lookupInDb(db, url, at),
    showInterstitial: async (tabId, url) => void shown.push([tabId, url]),
  });
  const serve = createServer(gate, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
  const fromPage = (url: string) => (m: unknown) => serve(m, { id: 'ext', url, frameId: 0, tab: { id: 7 } });
  const fromExtension = (m: unknown) => serve(m, { id: 'ext', url: 'chrome-extension://ext/blocked.html' });
  return { db, shown, fromPage, fromExtension };
}

describe('gate/check', () => {
  it('sends a confirmed site (and its subdomains) to the warning page, with the original address', async () => {
    const { shown, fromPage } = await setup();
    expect(await request(fromPage('http://scam-listed.test/pay?id=1'), 'gate/check', {})).toEqual({ blocked: true });
    expect(await request(fromPage('https://shop.scam-listed.test/'), 'gate/check', {})).toEqual({ blocked: true });
    expect(shown).toEqual([[7, 'http://scam-listed.test/pay?id=1'], [7, 'https://shop.scam-listed.test/']]);
    expect(interstitialPath('http://scam-listed.test/pay?id=1')).toBe('/blocked.html?url=http%3A%2F%2Fscam-listed.test%2Fpay%3Fid%3D1');
  });

  it('leaves reported, expired, unlisted and allow-listed sites alone', async () => {
    const { shown, fromPage } = await setup();
    for (const url of ['http://reported-only.test/', 'http://old-scam.test/', 'http://clean-shop.test/', 'http://cleared.test/']) {
      expect(await request(fromPage(url), 'gate/check', {})).toEqual({ blocked: false });
    }
    expect(shown).toEqual([]);
  });

  it('remembers 仍要访问 for the site, across a reopened database; only KaDun\'s own page can set it', async () => {
    const { db, shown, fromPage, fromExtension } = await setup();
    const url = 'http://scam-listed.test/pay';
    // A web page cannot ask for the bypass or read the entry (contracts: extension only).
    expect((await fromPage(url)({ type: 'gate/bypass', payload: { url } })).ok).toBe(false);
    expect((await fromPage(url)({ type: 'gate/info', payload: { url } })).ok).toBe(false);

    const info = await request(fromExtension, 'gate/info', { url });
    expect(info).toMatchObject({ domain: 'scam-listed.test', bypassed: false, signal: { id: 'list-confirmed', params: { note: '收款到个人微信', category: 'personal-payment' } } });
    expect(info?.signal.evidence.map((e) => e.quote)).toEqual(['https://evidence.example/report/1']);
    expect(await request(fromExtension, 'gate/bypass', { url })).toEqual({ domain: 'scam-listed.test' });

    db.close();
    const reopened = openAppDb(db.name);
    const again = createGateHandlers({
      db: reopened, now: () => NOW, settings: async () => DEFAULT_SETTINGS, listLookup: async (u, at) => lookupInDb(reopened, u, at),
      showInterstitial: async (tabId, u) => void shown.push([tabId, u]),
    });
    const serve = createServer(again, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
    expect(await request((m) => serve(m, { id: 'ext', url: 'https://www.scam-listed.test/', frameId: 0, tab: { id: 9 } }), 'gate/check', {})).toEqual({ blocked: false });
    expect(shown).toEqual([]);
  });

  it('gate/info answers null for a site that is not confirmed', async () => {
    const { fromExtension } = await setup();
    expect(await request(fromExtension, 'gate/info', { url: 'http://reported-only.test/' })).toBeNull();
    expect((await fromExtension({ type: 'gate/info', payload: { url: 'javascript:alert(1)' } })).ok).toBe(false);
  });
});

describe('link/check', () => {
  it('answers from the list and names what it could not check; refuses what is not a link', async () => {
    const { fromExtension } = await setup();
    const red = await request(fromExtension, 'link/check', { input: '群里发的 http://scam-listed.test/pay 快去' });
    expect(red).toMatchObject({ ok: true, domain: 'scam-listed.test', verdict: { light: 'red', rule: 'list-confirmed' } });
    const unknown = await request(fromExtension, 'link/check', { input: 'unknown-shop.example' });
    expect(unknown.ok && unknown.unchecked.map((u) => u.part)).toEqual(['page', 'rdap', 'icp']);
    expect(await request(fromExtension, 'link/check', { input: 'javascript:void(0)' })).toEqual({ ok: false, reason: 'scheme' });
  });
});
