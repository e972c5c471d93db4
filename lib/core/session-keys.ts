// Where a tab's verdict lives in storage.session: written by the service worker (lib/db/tab-verdicts.ts), read
// directly by the popup's first screen (entrypoints/popup/early.ts), which must not wait for a sleeping worker.
export const tabVerdictKey = (tabId: number) => `tab:${tabId}`;
/** The document (content script load) and URL of the tab's newest snapshot: `{ id, seq, url }` (tab-verdicts.ts). */
export const tabDocKey = (tabId: number) => `doc:${tabId}`;
