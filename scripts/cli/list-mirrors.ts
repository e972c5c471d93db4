// `--list-mirrors` / `--list-mirror URL`: the CLI fetches the community list the way the extension does (docs/
// list-updates.md), from an ordered set of mirrors, trusting none: each answer is checked against the list key, and a
// mirror that refuses, times out, or serves a file that does not verify is skipped for the next one. The CLI is one
// run with nothing stored, so it always takes the full list (no index, no delta) and remembers no mirror.
import { getListFile } from '../../lib/risk-list/updater-get';
import { LIST_UPDATE, reasonOf } from '../../lib/risk-list/updater-state';
import { RISK_LIST_LIMITS, type RiskList } from '../../lib/risk-list/format';
import { verifyAndParse, type ListPublicKey } from '../../lib/risk-list/signature';
import { mirrorName } from '../../lib/core/list-mirrors';

export type MirrorTry = { url: string; name: string; problem: string | null };
export type MirrorFetch = { list: RiskList | null; answered: MirrorTry | null; tried: MirrorTry[] };
type Deps = { fetch: typeof fetch; now: () => number };

export async function fetchListFromMirrors(deps: Deps, mirrors: readonly string[], publicKey: ListPublicKey, timeoutMs = LIST_UPDATE.timeoutMs): Promise<MirrorFetch> {
  const tried: MirrorTry[] = [];
  for (const url of mirrors) {
    const attempt: MirrorTry = { url, name: mirrorName(url), problem: null };
    tried.push(attempt);
    try {
      const list = await getListFile(deps, url, {}, RISK_LIST_LIMITS.bytes, timeoutMs);
      if (list.status !== 200) throw new Error(`HTTP ${list.status}`);
      const sig = await getListFile(deps, `${url}.sig`, {}, LIST_UPDATE.signatureBytes, timeoutMs);
      if (sig.status !== 200) throw new Error(`HTTP ${sig.status} for the signature`);
      const checked = await verifyAndParse(list.bytes, new TextDecoder().decode(sig.bytes).trim(), publicKey);
      if (!checked.ok) throw new Error(`${checked.reason}${'detail' in checked && checked.detail ? `: ${checked.detail}` : ''}`);
      return { list: checked.list, answered: attempt, tried };
    } catch (err) {
      attempt.problem = reasonOf(err).slice(0, 200);
    }
  }
  return { list: null, answered: null, tried };
}

/** One line per mirror for stderr: which answered, and why each one before it did not. */
export function describeMirrors(r: MirrorFetch): string {
  return r.tried.map((m) => `list mirror ${m.name} (${m.url}): ${m.problem ?? `answered, version ${r.list?.version}`}\n`).join('');
}
