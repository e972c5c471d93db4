// Per-tab verdicts in storage.session (the worker dies between events; a tab's verdict must outlive it, not the
// browser session). The logic, and the rule tying a verdict to its document, is in lib/db/tab-verdicts.ts.
import { browser } from 'wxt/browser';
import { createTabVerdicts, type SessionArea } from '../../lib/db/tab-verdicts';

const session: SessionArea = {
  get: (keys) => browser.storage.session.get(keys),
  set: (items) => browser.storage.session.set(items),
  remove: (keys) => browser.storage.session.remove(keys),
};

export const tabVerdicts = createTabVerdicts(session);
