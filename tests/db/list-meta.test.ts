// The community list's metadata is read back through zod: a malformed or mismatched active-list row reads as "no list".
import { describe, expect, it } from 'vitest';
import { openAppDb } from '../../lib/db/app-db';
import { activeListInfo } from '../../lib/risk-list/store';

const info = { version: 3, generatedAt: 1, importedAt: 2, counts: { entries: 1, allow: 0, icpRecords: 0, expired: 0 }, buckets: 2048 };

describe('list metadata', () => {
  it('reads a valid active list, and null for a malformed or mismatched one', async () => {
    const db = openAppDb(`kadun-listmeta-${Date.now()}`);
    await db.listMeta.bulkPut([{ key: 'activeVersion', value: 3 }, { key: 'activeList', value: info }]);
    expect(await activeListInfo(db)).toEqual(info);
    await db.listMeta.put({ key: 'activeList', value: { ...info, counts: 'many' } });
    expect(await activeListInfo(db)).toBeNull();
    await db.listMeta.put({ key: 'activeList', value: { ...info, buckets: -1 } });
    expect(await activeListInfo(db)).toBeNull();
    await db.listMeta.bulkPut([{ key: 'activeVersion', value: 4 }, { key: 'activeList', value: info }]);
    expect(await activeListInfo(db)).toBeNull();
  });
});
