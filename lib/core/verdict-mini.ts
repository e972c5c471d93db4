// The verdict's schema again, in zod/mini, for the popup's first paint (issue 12 item 4): zod/mini is the same zod 4
// core without the chained methods, so the popup validates the cached verdict without parsing zod's full API (and
// every other message's schema) before it shows it. It must accept and reject exactly what `verdictSchema`
// (./schemas.ts) does: tests/core/verdict-mini.test.ts runs both over the same verdicts and broken ones, and its
// types fail to compile if the two inferred shapes drift apart.
import * as z from 'zod/mini';
import { SNAPSHOT_LIMITS as L } from './limits';
import { LIGHTS, SEVERITIES } from './levels';
import { isSignalId, SIGNAL_IDS } from './signal-ids';

const shortText = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.number().check(z.int(), z.nonnegative());
const params = () => z.record(z.string(), z.union([z.string(), z.number()]));

const evidence = z.object({
  quote: shortText(300),
  blockId: z.optional(count()),
  where: z.optional(shortText(60)),
});

const source = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page') }),
  z.object({ kind: z.literal('provider'), provider: shortText(40), fetchedAt: z.number(), version: z.optional(shortText(40)) }),
  z.object({ kind: z.literal('user') }),
]);

const signal = z.object({
  id: z.enum(SIGNAL_IDS),
  severity: z.enum(SEVERITIES),
  evidence: z.array(evidence).check(z.maxLength(20)),
  source,
  params: params(),
});

/** Signals with an id this version does not know are dropped, as `verdictSchema`'s `knownIds` does. */
const knownSignals = z.pipe(
  z.pipe(
    z.array(z.unknown()).check(z.maxLength(200)),
    z.transform((list: unknown[]) => list.filter((x) => typeof x === 'object' && x !== null && isSignalId((x as Record<string, unknown>).id))),
  ),
  z.array(signal).check(z.maxLength(200)),
);

const sourceStatus = z.object({
  state: z.enum(['ok', 'not-found', 'unavailable', 'off', 'not-applicable']),
  reason: z.optional(shortText(200)),
  provider: z.optional(shortText(40)),
  fetchedAt: z.optional(z.number()),
});

export const verdictMiniSchema = z.object({
  url: shortText(L.urlChars),
  domain: shortText(260),
  isShop: z.boolean(),
  light: z.enum(LIGHTS),
  rule: z.enum(['user-override', 'list-confirmed', 'danger', 'warn', 'not-shop', 'verified', 'unverified']),
  headline: z.object({ key: shortText(80), params: params() }),
  signals: knownSignals,
  advice: z.array(shortText(80)).check(z.maxLength(12)),
  sources: z.object({ page: sourceStatus, icp: sourceStatus, rdap: sourceStatus, list: sourceStatus }),
  checkedAt: z.number(),
  rulesetVersion: shortText(20),
  truncated: z.boolean(),
  skipped: z.optional(z.array(shortText(40)).check(z.maxLength(20))),
});
