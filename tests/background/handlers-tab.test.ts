import { describe, expect, it } from 'vitest';
import { createTabHandlers } from '../../entrypoints/background/handlers-tab';

const caller = { kind: 'extension' as const, url: 'chrome-extension://id/popup.html' };

describe('tab/leave ("离开此网站")', () => {
  it('leaves the tab the way the banner does', async () => {
    const left: number[] = [];
    const h = createTabHandlers(async (tabId) => void left.push(tabId));
    expect(await h['tab/leave']({ tabId: 7 }, caller as never)).toEqual({ left: true });
    expect(left).toEqual([7]);
  });

  it('says so when the tab cannot be left (closed, not ours)', async () => {
    const h = createTabHandlers(async () => { throw new Error('No tab with id: 7'); });
    expect(await h['tab/leave']({ tabId: 7 }, caller as never)).toEqual({ left: false });
  });
});
