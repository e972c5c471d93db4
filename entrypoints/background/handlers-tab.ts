// "离开此网站" (issue 11 item 4): the red popup's one primary action. The tab is sent to a blank page rather than
// "back": back may be the same shop's goods list, and a person told to leave must end up away from the site.
// Navigating a tab by its id needs no "tabs" permission.
import type { Handlers } from '../../lib/messaging/server';

export type TabApi = { update: (tabId: number, props: { url: string }) => Promise<unknown> };

export const LEAVE_URL = 'about:blank';

export function createTabHandlers(tabs: TabApi): Pick<Handlers, 'tab/leave'> {
  return {
    async 'tab/leave'({ tabId }) {
      try {
        await tabs.update(tabId, { url: LEAVE_URL });
        return { left: true };
      } catch {
        return { left: false }; // the tab is gone or not ours to navigate: the popup says so
      }
    },
  };
}
