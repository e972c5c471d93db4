// A session storage area in memory, and the per-tab verdict store over it (lib/db/tab-verdicts.ts), for handler tests.
// `tabs.get(id)` reads the stored verdict synchronously, as the tests' assertions want.
import type { Verdict } from '../../lib/core/types';
import { createTabVerdicts, type SessionArea } from '../../lib/db/tab-verdicts';

export function memoryArea(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      if (keys === null) return Object.fromEntries(data);
      return data.has(keys) ? { [keys]: structuredClone(data.get(keys)) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of [keys].flat()) data.delete(k);
    },
  };
}

export function memoryTabs() {
  const area = memoryArea();
  const store = createTabVerdicts(area);
  const tabs = {
    get: (id: number) => area.data.get(`tab:${id}`) as Verdict | undefined,
    get size() {
      return [...area.data.keys()].filter((k) => k.startsWith('tab:')).length;
    },
  };
  return { store, tabs, area };
}
