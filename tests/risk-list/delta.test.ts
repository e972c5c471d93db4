// Signed deltas and the signed index (lib/risk-list/delta.ts, store-delta.ts, scripts/list/delta.ts): a delta built
// from two lists turns the old one into the new one, in memory and in Dexie; anything else is refused.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppDb } from '../../lib/db/app-db';
import {
  applyDelta, buildDelta, changeCount, deltaSchema, indexFileText, siblingUrl, verifyIndexFile, verifySignedJson, type ListIndex,
} from '../../lib/risk-list/delta';
import type { RiskList } from '../../lib/risk-list/format';
import { listedDomains } from '../../lib/risk-list/listed';
import { activeListInfo, importList, LIST_META, loadCompiled, lookupInDb } from '../../lib/risk-list/store';
import { applyDeltaToDb } from '../../lib/risk-list/store-delta';
import { writeListUpdates } from '../../scripts/list/delta';
import { allowed, confirmed, encode, entry, keyPair, list, NOW } from './helpers';

const keys = await keyPair();
const otherKeys = await keyPair();

const v4 = list({
  version: 4,
  entries: [confirmed('scam.example'), entry('changes.example'), entry('removed.test'), entry('kept.invalid')],
  allow: [allowed('vendor.example'), allowed('dropped.example')],
  icpRecords: { 'vendor.example': null, 'old-icp.example': null },
});
const v5 = list({
  version: 5, generatedAt: '2026-11-23T00:00:00Z',
  entries: [confirmed('scam.example'), entry('changes.example', { status: 'confirmed', evidence: ['https://evidence.example/2'] }),
    entry('kept.invalid'), entry('added.example'), entry('expired-on-arrival.example', { firstSeen: '2025-01-01', lastSeen: '2025-02-01', expires: '2026-01-01' })],
  allow: [allowed('vendor.example', { reason: 'new reason' })],
  icpRecords: { 'vendor.example': null, 'new-icp.example': null },
});

const sorted = (l: RiskList) => ({ ...l, entries: [...l.entries].sort((a, b) => a.domain.localeCompare(b.domain)), allow: [...l.allow].sort((a, b) => a.domain.localeCompare(b.domain)) });

describe('delta build and apply', () => {
  it('holds only what changed, and applying it to the old list gives the new one', () => {
    const d = buildDelta(v4, v5);
    expect(d.entries.put.map((e) => e.domain).sort()).toEqual(['added.example', 'changes.example', 'expired-on-arrival.example']);
    expect(d.entries.remove).toEqual(['removed.test']);
    expect(d.allow).toEqual({ put: [allowed('vendor.example', { reason: 'new reason' })], remove: ['dropped.example'] });
    expect(d.icpRecords).toEqual({ put: { 'new-icp.example': null }, remove: ['old-icp.example'] });
    expect(changeCount(d)).toBe(8);
    expect(sorted(applyDelta(v4, d))).toEqual(sorted(v5));
  });

  it('two equal lists but for the version give an empty delta', () => {
    const d = buildDelta(v4, { ...v4, version: 9 });
    expect(changeCount(d)).toBe(0);
    expect(applyDelta(v4, d).version).toBe(9);
  });

  it('refuses a delta from another version, a backwards delta, and a result the list schema forbids', () => {
    const d = buildDelta(v4, v5);
    expect(() => applyDelta(v5, d)).toThrow(/from version 4, the list is 5/);
    expect(() => buildDelta(v5, v4)).toThrow(/not above/);
    expect(deltaSchema.safeParse({ ...d, to: 4 }).success).toBe(false);
    const conflicting = { ...d, allow: { put: [allowed('scam.example')], remove: [] } };
    expect(() => applyDelta(v4, conflicting)).toThrow(/both confirmed and allowed/);
  });
});

describe('signed delta and index files', () => {
  it('verify with the list key; a changed byte, another key or no signature is refused', async () => {
    const bytes = encode(buildDelta(v4, v5));
    const sig = await keys.sign(bytes);
    expect(await verifySignedJson(bytes, sig, keys.spki, deltaSchema, 1e6)).toMatchObject({ ok: true, value: { from: 4, to: 5 } });
    const tampered = encode(new TextDecoder().decode(bytes).replace('added.example', 'added2.example'));
    expect(await verifySignedJson(tampered, sig, keys.spki, deltaSchema, 1e6)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(await verifySignedJson(bytes, await otherKeys.sign(bytes), keys.spki, deltaSchema, 1e6)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(await verifySignedJson(bytes, '', keys.spki, deltaSchema, 1e6)).toMatchObject({ ok: false, reason: 'bad-signature', detail: 'no signature' });
    const notDelta = encode(v5);
    expect(await verifySignedJson(notDelta, await keys.sign(notDelta), keys.spki, deltaSchema, 1e6)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('the index is one small file with its signature inline', async () => {
    const index: ListIndex = { kind: 'kadun-list-index', schema: 1, version: 5, generatedAt: v5.generatedAt, deltas: [3, 4] };
    const text = indexFileText(index, await keys.sign(encode(JSON.stringify(index))));
    expect(text.length).toBeLessThan(250);
    expect(await verifyIndexFile(encode(text), keys.spki)).toEqual({ ok: true, value: index });
    expect(await verifyIndexFile(encode(text.replace('"version":5', '"version":6')), keys.spki)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(await verifyIndexFile(encode(JSON.stringify(index)), keys.spki)).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await verifyIndexFile(encode('x'.repeat(5000)), keys.spki)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('sit beside the full list on each mirror', () => {
    expect(siblingUrl('https://cdn.jsdelivr.net/gh/o/r@list-dist/risk-list.json', 'deltas/4.json')).toBe('https://cdn.jsdelivr.net/gh/o/r@list-dist/deltas/4.json');
    expect(siblingUrl('https://gitee.com/o/r/raw/list-dist/risk-list.json', 'risk-list.version')).toBe('https://gitee.com/o/r/raw/list-dist/risk-list.version');
  });

  it('list:delta writes one signed delta per older list and an index naming exactly those', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kadun-delta-'));
    const v3 = list({ version: 3, entries: [entry('x.example')] });
    const r = await writeListUpdates({ previous: [v3, v4, v5], next: v5, outDir: out, sign: keys.sign });
    expect(r.deltas.map((d) => d.from)).toEqual([3, 4]);
    expect(r.skipped).toEqual([{ from: 5, reason: 'not older than 5' }]);
    const index = await verifyIndexFile(new Uint8Array(readFileSync(join(out, 'risk-list.version'))), keys.spki);
    expect(index).toMatchObject({ ok: true, value: { version: 5, deltas: [3, 4] } });
    const bytes = new Uint8Array(readFileSync(join(out, 'deltas/4.json')));
    const d = await verifySignedJson(bytes, readFileSync(join(out, 'deltas/4.json.sig'), 'utf8'), keys.spki, deltaSchema, 1e6);
    expect(d.ok && sorted(applyDelta(v4, d.value))).toEqual(sorted(v5));
  });
});

let n = 0;
const freshDb = () => openAppDb(`kadun-delta-test-${Date.now()}-${n++}`);

describe('delta applied to the stored list (Dexie)', () => {
  it('answers every lookup as a full import of the new list would', async () => {
    const [viaDelta, viaFull] = [freshDb(), freshDb()];
    await importList(viaDelta, v4, NOW);
    const applied = await applyDeltaToDb(viaDelta, buildDelta(v4, v5), NOW + 1);
    expect(applied).toMatchObject({ ok: true, info: { version: 5, importedAt: NOW + 1 } });
    await importList(viaFull, v5, NOW + 1);
    const [{ rows, ...a }, b] = [(await activeListInfo(viaDelta))!, await activeListInfo(viaFull)];
    expect(a).toEqual(b);
    expect(rows?.base).toBe(4); // only the touched buckets moved to version 5
    const domains = ['scam.example', 'changes.example', 'removed.test', 'kept.invalid', 'added.example', 'expired-on-arrival.example',
      'vendor.example', 'dropped.example', 'www.added.example', 'never.example'];
    for (const d of domains) expect((await lookupInDb(viaDelta, d, NOW))?.match, d).toEqual((await lookupInDb(viaFull, d, NOW))?.match);
    expect((await lookupInDb(viaDelta, 'removed.test', NOW))?.match).toEqual({});
  });

  it('rewrites only the buckets it touches; a chain of deltas reads back (lookups, compiled list, confirmed) as a full import', async () => {
    const [viaDelta, viaFull] = [freshDb(), freshDb()];
    await importList(viaDelta, v4, NOW);
    const rowsBefore = await viaDelta.listEntries.count();
    await applyDeltaToDb(viaDelta, buildDelta(v4, v5), NOW);
    const written = (await viaDelta.listEntries.toCollection().primaryKeys()).filter((k) => String(k).startsWith('5:'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThanOrEqual(changeCount(buildDelta(v4, v5)));
    expect(await viaDelta.listEntries.count()).toBeLessThanOrEqual(rowsBefore + written.length);
    const v6 = { ...v5, version: 6, entries: [...v5.entries.filter((e) => e.domain !== 'added.example'), confirmed('six.example')] };
    expect(await applyDeltaToDb(viaDelta, buildDelta(v5, v6), NOW)).toMatchObject({ ok: true, info: { version: 6, rows: { base: 4 } } });
    await importList(viaFull, v6, NOW);
    const [a, b] = [await loadCompiled(viaDelta, NOW), await loadCompiled(viaFull, NOW)];
    expect(a?.counts).toEqual(b?.counts);
    for (const d of ['six.example', 'added.example', 'changes.example', 'scam.example', 'vendor.example', 'removed.test']) {
      expect(a?.match(d, NOW), d).toEqual(b?.match(d, NOW));
      expect((await lookupInDb(viaDelta, d, NOW))?.match, d).toEqual((await lookupInDb(viaFull, d, NOW))?.match);
    }
    const listed = async (db: Parameters<typeof listedDomains>[0]) => (await listedDomains(db, NOW))?.domains.map(([d, c]) => `${d}:${c}`).sort();
    expect(await listed(viaDelta)).toEqual(await listed(viaFull));
    expect(await listed(viaDelta)).toContain('six.example:true');
    // A full import afterwards replaces the base and every delta row.
    await importList(viaDelta, { ...v6, version: 7 }, NOW);
    expect((await viaDelta.listEntries.toCollection().primaryKeys()).every((k) => String(k).startsWith('7:'))).toBe(true);
    expect((await activeListInfo(viaDelta))?.rows).toBeUndefined();
  });

  it('refuses a delta from another version, a conflict, or no list, and leaves the list in use as it was', async () => {
    const db = freshDb();
    expect(await applyDeltaToDb(db, buildDelta(v4, v5), NOW)).toMatchObject({ ok: false, reason: 'no-list' });
    await importList(db, v5, NOW);
    expect(await applyDeltaToDb(db, buildDelta(v4, { ...v5, version: 6 }), NOW)).toMatchObject({ ok: false, reason: 'wrong-from' });
    const conflict = { ...buildDelta(v5, { ...v5, version: 6 }), allow: { put: [allowed('scam.example')], remove: [] } };
    expect(await applyDeltaToDb(db, conflict, NOW)).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await activeListInfo(db))?.version).toBe(5);
    expect(await db.listMeta.get(LIST_META.activeVersion)).toMatchObject({ value: 5 });
    expect((await db.listEntries.toCollection().primaryKeys()).every((k) => String(k).startsWith('5:'))).toBe(true);
    expect(await db.listMeta.get(LIST_META.importing)).toBeUndefined();
    expect((await lookupInDb(db, 'scam.example', NOW))?.match.entry?.status).toBe('confirmed');
  });
});
