// Where a tab's verdict lives in storage.session: written by the service worker (lib/db/tab-verdicts.ts), read
// directly by the popup's first screen (entrypoints/popup/early.ts), which must not wait for a sleeping worker.
export const tabVerdictKey = (tabId: number) => `tab:${tabId}`;
