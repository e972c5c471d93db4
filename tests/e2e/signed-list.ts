// A copy of the built extension whose bundled community list is a test list signed with a key made for this run.
// The development key's private half is not kept (lib/risk-list/public-key.ts), so the copy's background carries
// this run's public key instead; everything else — verifying the signature, importing the list on install, the
// lookups — is the extension's own code. Reserved names only.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../scripts/browser';
import { DEV_LIST_PUBLIC_KEY, BUNDLED_LIST_PATHS } from '../../lib/risk-list/public-key';
import type { RiskList } from '../../lib/risk-list/format';
import { encode, keyPair } from '../risk-list/helpers';

export async function extensionWithList(list: RiskList): Promise<string> {
  const keys = await keyPair();
  const dir = mkdtempSync(join(tmpdir(), 'kadun-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const bg = join(dir, 'background.js');
  const code = readFileSync(bg, 'utf8');
  if (!code.includes(DEV_LIST_PUBLIC_KEY.spki)) throw new Error('the built background does not carry the development list key');
  writeFileSync(bg, code.replaceAll(DEV_LIST_PUBLIC_KEY.spki, keys.spki));
  const bytes = encode(list);
  writeFileSync(join(dir, BUNDLED_LIST_PATHS.list), bytes);
  writeFileSync(join(dir, BUNDLED_LIST_PATHS.signature), await keys.sign(bytes));
  return dir;
}
