import { describe, expect, it } from 'vitest';
import { createTabHandlers, LEAVE_URL } from '../../entrypoints/background/handlers-tab';

const caller = { kind: 'extension' as const, url: 'chrome-extension://id/popup.html' };

describe('tab/leave ("离开此网站")', () => {
  it('sends the tab to a blank page, away from the shop', async () => {
    const calls: unknown[] = [];
    const h = createTabHandlers({ update: async (tabId, props) => void calls.push([tabId, props]) });
    expect(await h['tab/leave']({ tabId: 7 }, caller as never)).toEqual({ left: true });
    expect(calls).toEqual([[7, { url: LEAVE_URL }]]);
    expect(LEAVE_URL).toBe('about:blank');
  });

  it('says so when the tab cannot be navigated (closed, not ours)', async () => {
    const h = createTabHandlers({ update: async () => { throw new Error('No tab with id: 7'); } });
    expect(await h['tab/leave']({ tabId: 7 }, caller as never)).toEqual({ left: false });
  });
});
