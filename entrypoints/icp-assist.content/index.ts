// The assisted official check on the MIIT query page (design.md "ICP and registration data"). Only when the person
// asked for it from the popup (the background has a pending domain for this tab): fill the domain into the page's
// own search box, say so, and wait. The person presses 搜索 and solves the captcha — KaDun never does either. When
// the result table of their search appears, read it by its column headers and hand it to the background, which
// decides what to keep. Tiny on purpose: no zod, no React, no i18n tables (the background sends the texts).
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MSG } from '../../lib/messaging/names';
import { mountNotice } from './notice';
import { readResults, type CapturedRecord } from './read-table';
import { fillInput, findSearchInput } from './search-input';

type Texts = { filled: string; saved: string; savedNone: string; blocked: string; noInput: string; close: string };

/** Watch the page this long for the person's result, then stop. */
const WATCH_MS = 10 * 60 * 1000;
/** The page is a single-page app: its search box may appear a moment after load. */
const INPUT_WAIT_MS = 15_000;
const SETTLE_MS = 400;
/** "No record" must still be showing this long after the page went quiet (an empty table flashes while loading). */
const CONFIRM_MS = 2_000;

/** The background's answer to icp/assist-pending, checked by hand (no zod here). */
function pendingOf(reply: unknown): { domain: string; text: Texts } | null {
  const r = reply as { ok?: unknown; data?: { domain?: unknown; text?: Record<string, unknown> } | null } | undefined;
  const d = r?.ok === true ? r.data : null;
  if (!d || typeof d.domain !== 'string' || !d.domain || typeof d.text !== 'object' || !d.text) return null;
  const t = d.text;
  const s = (k: keyof Texts) => (typeof t[k] === 'string' ? (t[k] as string).slice(0, 300) : '');
  return { domain: d.domain, text: { filled: s('filled'), saved: s('saved'), savedNone: s('savedNone'), blocked: s('blocked'), noInput: s('noInput'), close: s('close') } };
}

const storedOf = (reply: unknown): number => {
  const r = reply as { ok?: unknown; data?: { stored?: unknown } } | undefined;
  return r?.ok === true && typeof r.data?.stored === 'number' ? r.data.stored : 0;
};

export default defineContentScript({
  matches: ['https://beian.miit.gov.cn/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const ask = (type: string, payload: unknown): Promise<unknown> => browser.runtime.sendMessage({ type, payload }).catch(() => undefined);
    const pending = pendingOf(await ask(MSG.icpAssistPending, {}));
    // Nobody asked KaDun to look anything up here: do nothing at all on this page.
    if (!pending || ctx.isInvalid) return;
    const { domain, text } = pending;
    const notice = mountNotice(document, text.close || '×');
    if (readResults(document).kind === 'blocked') {
      notice.show(text.blocked, 'warn');
      return;
    }

    let filled = false;
    const tryFill = () => {
      const input = filled ? null : findSearchInput(document);
      if (!input) return;
      filled = true;
      fillInput(input, domain);
      notice.show(text.filled);
    };
    tryFill();
    ctx.setTimeout(() => !filled && notice.show(text.noInput, 'warn'), INPUT_WAIT_MS);

    // Only the result of the person's own search counts: reading starts with their first real click or Enter.
    let armed = false;
    // A "no record" text already on screen when they searched may be the previous answer: it counts only after the
    // page has shown something else (loading, a table) since.
    let noRecordAllowed = false;
    const arm = (e: Event) => {
      if (!e.isTrusted || e.target === notice.host) return;
      if (e.type === 'keydown' && (e as KeyboardEvent).key !== 'Enter') return;
      armed = true;
      noRecordAllowed = readResults(document).kind !== 'no-record';
      schedule();
    };

    let done = false;
    const sent = new Set<string>();
    const send = async (records: CapturedRecord[], noRecord: boolean) => {
      const query = (findSearchInput(document)?.value ?? '').replace(/\s+/g, ' ').trim().slice(0, 260);
      const key = JSON.stringify([query, records, noRecord]);
      if (done || sent.has(key)) return;
      sent.add(key);
      const stored = storedOf(await ask(MSG.icpCaptured, { query, records, noRecord }));
      // Only a shown record is kept (stored > 0); MIIT's "no record" never is, since an IP ban looks the same.
      if (stored > 0 && !done) {
        stop();
        notice.show(text.saved);
      } else if (noRecord && !done) {
        // Said, not kept: the person learns what the page showed and why KaDun does not treat it as "not filed".
        notice.show(text.savedNone, 'warn');
      }
    };

    let confirmTimer: ReturnType<typeof setTimeout> | undefined;
    const evaluate = () => {
      if (!armed || done) return;
      const result = readResults(document);
      if (result.kind !== 'no-record') clearTimeout(confirmTimer);
      if (result.kind === 'blocked') notice.show(text.blocked, 'warn');
      else if (result.kind === 'records') void send(result.records, false);
      if (result.kind !== 'no-record') {
        noRecordAllowed = true;
        return;
      }
      if (!noRecordAllowed) return;
      clearTimeout(confirmTimer);
      confirmTimer = setTimeout(() => {
        if (!done && noRecordAllowed && readResults(document).kind === 'no-record') void send([], true);
      }, CONFIRM_MS);
    };

    let settle: ReturnType<typeof setTimeout> | undefined;
    function schedule() {
      clearTimeout(settle);
      settle = setTimeout(evaluate, SETTLE_MS);
    }
    const observer = new MutationObserver(() => {
      tryFill();
      schedule();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    document.addEventListener('click', arm, true);
    document.addEventListener('keydown', arm, true);

    function stop() {
      done = true;
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(confirmTimer);
      document.removeEventListener('click', arm, true);
      document.removeEventListener('keydown', arm, true);
    }
    ctx.setTimeout(stop, WATCH_MS);
    ctx.onInvalidated(() => {
      stop();
      notice.remove();
    });
  },
});
