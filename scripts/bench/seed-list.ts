// A list of n synthetic entries written straight into the built extension's IndexedDB as version `version`, in the
// store's bucket layout, and made active: what a full import ends with, without the download and the checks. Runs in
// the worker (an expression for Playwright's evaluate); the bucket hash is the store's own bucketOf, spliced in as its
// source text (tests/risk-list/store.test.ts checks that it stays self-contained). Resolves to the milliseconds taken.
import { bucketOf, LIST_BUCKETS } from '../../lib/risk-list/store';

export const seedListCall = (n: number, version: number): string => `(async (n, buckets, version) => {
  const bucketOf = ${bucketOf.toString()};
  const t = performance.now();
  const db = await new Promise((res, rej) => { const r = indexedDB.open('kadun'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  const rows = new Map();
  for (let k = 0; k < n; k++) {
    const domain = 'bench-' + k.toString(36) + '.example';
    const key = version + ':b' + bucketOf(domain, buckets);
    let slots = rows.get(key);
    if (!slots) rows.set(key, (slots = {}));
    slots[domain] = { entry: { domain, category: 'other', status: 'reported', firstSeen: '2026-01-01', lastSeen: '2026-06-01', expires: '2030-01-01', evidence: [], note: 'bench data' } };
  }
  const all = [...rows];
  for (let i = 0; i < all.length; i += 256) {
    await new Promise((res, rej) => {
      const tx = db.transaction('listEntries', 'readwrite');
      const os = tx.objectStore('listEntries');
      for (const [domain, entry] of all.slice(i, i + 256)) os.put({ domain, entry });
      tx.oncomplete = res; tx.onerror = () => rej(tx.error);
    });
  }
  const info = { version, generatedAt: Date.now(), importedAt: Date.now(), counts: { entries: n, allow: 0, icpRecords: 0, expired: 0 }, buckets };
  await new Promise((res, rej) => {
    const tx = db.transaction('listMeta', 'readwrite');
    tx.objectStore('listMeta').put({ key: 'activeList', value: info });
    tx.objectStore('listMeta').put({ key: 'activeVersion', value: version });
    tx.oncomplete = res; tx.onerror = () => rej(tx.error);
  });
  db.close();
  return performance.now() - t;
})(${n}, ${LIST_BUCKETS}, ${version})`;
