// "离开此网站" (issue 11 item 4): the red popup's one primary action, the same as the banner's button (./leave-tab.ts):
// a new-tab page opens where the tab was and the shop's tab is closed, so neither "back" nor the tab's history leads
// to the shop again.
import type { Handlers } from '../../lib/messaging/server';

export function createTabHandlers(leave: (tabId: number) => Promise<void>): Pick<Handlers, 'tab/leave'> {
  return {
    async 'tab/leave'({ tabId }) {
      try {
        await leave(tabId);
        return { left: true };
      } catch {
        return { left: false }; // the tab is gone or not ours to close: the popup says so
      }
    },
  };
}
