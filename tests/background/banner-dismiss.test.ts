// "我已了解" through the background (issue 11 item 2): it holds for that page (URL without the fragment), never for
// the rest of the site, and never at a payment step; 离开此网站 asks for the tab to be left.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../entrypoints/background/handlers';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { openAppDb } from '../../lib/db/app-db';
import { createServer } from '../../lib/messaging/server';
import { extractHtml, PAGE_FIXTURES } from '../helpers/fixtures';
import { memoryTabs } from './memory-tabs';

const html = (dir: string, file: string) => readFileSync(join(PAGE_FIXTURES, dir, file), 'utf8');
const RED_LIST = html('illegal-goods', 'match-cheat-cards.html');
const RED_PAY = html('payment-personal-transfer', 'match-alipay-to-account-link.html');
const sender = (url: string) => ({ id: 'ext', url, frameId: 0, tab: { id: 7, url } });

function setup() {
  const { store } = memoryTabs();
  const left: number[] = [];
  const handlers = createHandlers({
    db: openAppDb(`kadun-dismiss-${Date.now()}-${Math.random()}`), now: () => 1_700_000_000_000, locale: () => 'zh-CN',
    settings: async () => DEFAULT_SETTINGS, tabs: store, showLight: async () => undefined, requestSnapshot: async () => true,
    leaveTab: async (tabId) => void left.push(tabId),
  });
  const serve = createServer(handlers, { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' });
  let seq = 0;
  const visit = async (page: string, url: string) => {
    const reply = await serve({ type: 'page/snapshot', payload: { snapshot: extractHtml(page, url).snapshot, doc: { id: `doc-${String(++seq).padStart(8, '0')}`, seq: 1 } } }, sender(url));
    return (reply as { ok: true; data: { light: string; banner: { paymentStep?: boolean; leaveLabel?: string } | null } }).data;
  };
  return { serve, visit, left };
}

describe('banner/dismiss: one page, never a payment step', () => {
  it('hides the banner on that page only; other pages of the site and its payment step still warn', async () => {
    const { serve, visit } = setup();
    const goods = 'https://shop.example/goods/1';
    expect((await visit(RED_LIST, goods)).banner).not.toBeNull();
    expect(await serve({ type: 'banner/dismiss', payload: {} }, sender(goods))).toMatchObject({ ok: true });
    expect((await visit(RED_LIST, goods)).banner).toBeNull();
    expect((await visit(RED_LIST, `${goods}#detail`)).banner).toBeNull();
    expect((await visit(RED_LIST, 'https://shop.example/goods/2')).banner).not.toBeNull();
    const pay = await visit(RED_PAY, 'https://shop.example/pay?order=1');
    expect(pay.light).toBe('red');
    expect(pay.banner).toMatchObject({ paymentStep: true, leaveLabel: '离开此网站' });
  });

  it('a dismissal at the payment step does not hold on the next load of it', async () => {
    const { serve, visit } = setup();
    const pay = 'https://shop.example/pay?order=1';
    expect((await visit(RED_PAY, pay)).banner).not.toBeNull();
    await serve({ type: 'banner/dismiss', payload: {} }, sender(pay));
    expect((await visit(RED_PAY, pay)).banner).toMatchObject({ paymentStep: true });
  });
});

describe('banner/leave', () => {
  it('asks for the sender\'s tab to be left, and only from a content script', async () => {
    const { serve, left } = setup();
    expect(await serve({ type: 'banner/leave', payload: {} }, sender('https://shop.example/pay'))).toEqual({ ok: true, data: { left: true } });
    expect(left).toEqual([7]);
    const fromPage = await serve({ type: 'banner/leave', payload: {} }, { id: 'ext', url: 'chrome-extension://ext/popup.html' });
    expect(fromPage).toMatchObject({ ok: false });
    expect(left).toEqual([7]);
  });
});
