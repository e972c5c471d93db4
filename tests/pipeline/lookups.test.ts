// Which sources are asked, and which answer is shown when several sources are tried in order.
import { describe, expect, it, vi } from 'vitest';
import { siteKey } from '../../lib/core/domain';
import type { IcpRecord, LookupResult } from '../../lib/core/types';
import type { PageStage } from '../../lib/pipeline/analyze';
import { lookupAll } from '../../lib/pipeline/lookups';
import type { Provider } from '../../lib/providers/types';

const stage = (url: string, isShop = true): PageStage => ({
  snapshot: {} as PageStage['snapshot'], site: siteKey(url), signals: [], isShop, claims: { icpNumbers: [], companies: [], usccs: [], evidence: {} },
});
const provider = (id: string, answer: LookupResult<IcpRecord>, local = false): Provider<IcpRecord> & { lookup: ReturnType<typeof vi.fn> } =>
  ({ id, local, lookup: vi.fn(async () => answer) });
const unavailable = (reason: string) => ({ status: 'unavailable', reason }) as const;

describe('lookupAll', () => {
  it('shows a real failure rather than a local source\'s "not in records"', async () => {
    const http = provider('icp-http', unavailable('server-error'));
    const records = provider('risk-list', unavailable('not-in-records'), true);
    const answers = await lookupAll(stage('https://shop.com/'), { icp: [http, records], rdap: [] });
    expect(answers).toMatchObject({ icpProvider: 'icp-http', icp: { reason: 'server-error' } });
    const reversed = await lookupAll(stage('https://shop.com/'), { icp: [records, http], rdap: [] });
    expect(reversed).toMatchObject({ icpProvider: 'icp-http', icp: { reason: 'server-error' } });
  });

  it('the first source that knows answers', async () => {
    const found = provider('risk-list', { status: 'not-found', fetchedAt: 1 }, true);
    const http = provider('icp-http', unavailable('timeout'));
    expect(await lookupAll(stage('https://shop.com/'), { icp: [found, http], rdap: [] })).toMatchObject({ icpProvider: 'risk-list', icp: { status: 'not-found' } });
    expect(http.lookup).not.toHaveBeenCalled();
  });

  it('asks remote sources only for a lookupable shop, or when the person asked; local ones always', async () => {
    const http = provider('icp-http', unavailable('timeout'));
    const local = provider('risk-list', unavailable('not-in-records'), true);
    await lookupAll(stage('https://blog.com/', false), { icp: [http, local], rdap: [] });
    await lookupAll(stage('https://shop.example/'), { icp: [http, local], rdap: [] });
    expect(http.lookup).not.toHaveBeenCalled();
    expect(local.lookup).toHaveBeenCalledTimes(2);
    await lookupAll(stage('https://blog.com/', false), { icp: [http], rdap: [] }, { requested: true });
    expect(http.lookup).toHaveBeenCalledWith('blog.com', expect.anything());
  });
});
