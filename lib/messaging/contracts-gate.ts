// Contracts of the interstitial (docs/interstitial.md) and the link check, kept beside contracts.ts (which spreads
// them in) so the shared file grows by one line. Same rules: `content` = a tab's top frame (its URL comes from
// `sender`), `extension` = KaDun's own pages; a web page can never ask for a bypass.
import { z } from 'zod';
import { signalSchema, verdictSchema } from '../core/schemas';
import { MSG } from './names';

const pageUrl = z.string().min(1).max(2048).refine((u) => /^https?:\/\//i.test(u), 'an http(s) URL');

export const UNCHECKED_SCHEMA = z.object({
  part: z.enum(['page', 'list', 'rdap', 'icp']),
  state: z.enum(['not-loaded', 'off', 'unavailable', 'not-applicable']),
});

export const GATE_CONTRACTS = {
  [MSG.gateCheck]: {
    from: 'content',
    request: z.object({}).strict(),
    response: z.object({ blocked: z.boolean() }),
  },
  [MSG.gateInfo]: {
    from: 'extension',
    request: z.object({ url: pageUrl }).strict(),
    // null: the site is not (or no longer) a confirmed entry; `bypassed`: the person chose 仍要访问 before.
    response: z.object({ domain: z.string().max(260), signal: signalSchema, bypassed: z.boolean() }).nullable(),
  },
  [MSG.gateBypass]: {
    from: 'extension',
    request: z.object({ url: pageUrl }).strict(),
    response: z.object({ domain: z.string().max(260) }),
  },
  [MSG.linkCheck]: {
    from: 'extension',
    request: z.object({ input: z.string().max(4096) }).strict(),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), url: z.string().max(2048), domain: z.string().max(260), verdict: verdictSchema, unchecked: z.array(UNCHECKED_SCHEMA).max(8) }),
      z.object({ ok: z.literal(false), reason: z.enum(['empty', 'too-long', 'scheme', 'invalid']) }),
    ]),
  },
} as const;
