// The person's "仍要访问" on the interstitial, per registrable domain, in the `settings` table (IndexedDB: it
// survives a browser restart). Only an extension page can set it (the gate/bypass contract); a web page cannot.
import { z } from 'zod';
import type { AppDb } from './app-db';
import { deleteSetting, readSetting, writeSetting } from './settings-store';

const bypassKey = (domain: string) => `gate-bypass:${domain}`;
const bypassSchema = z.object({ at: z.number().finite() });

export async function gateBypassed(db: AppDb, domain: string): Promise<boolean> {
  return (await readSetting(db, bypassKey(domain), bypassSchema)) !== null;
}

export async function setGateBypass(db: AppDb, domain: string, at: number): Promise<void> {
  await writeSetting(db, bypassKey(domain), { at });
}

export async function clearGateBypass(db: AppDb, domain: string): Promise<void> {
  await deleteSetting(db, bypassKey(domain));
}
