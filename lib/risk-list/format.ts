// The community risk list file (design.md "Community risk list"). This schema is the one truth for the file the
// extension downloads, the bundled starter list, the CLI's `--list` and the maintainer tools.
// Rules that need the Public Suffix List (registrable domain, shared-hosting roots) are checked when the list is
// built (hygiene.ts); the lookup never walks above a registrable domain, so such an entry could not spread anyway.
import { z } from 'zod';
import { icpRecordSchema } from '../core/schemas';

export const RISK_LIST_SCHEMA = 1;

export const RISK_LIST_LIMITS = {
  entries: 500_000,
  allow: 50_000,
  icpRecords: 500_000,
  /** The whole file, checked on the bytes before anything is parsed. */
  bytes: 64 * 1024 * 1024,
  noteChars: 280,
  evidence: 20,
  /** Evidence URLs are shown as signal evidence quotes, which are capped at 300 characters. */
  urlChars: 300,
} as const;

export const RISK_CATEGORIES = ['personal-payment', 'fake-filing', 'non-delivery', 'illegal-goods', 'impersonation', 'other'] as const;
export const ENTRY_STATUSES = ['reported', 'confirmed'] as const;
export const ALLOW_KINDS = ['official-vendor', 'cleared'] as const;

/** Lower-case ASCII (punycode) labels, at least two; the build tool also checks the domain is registrable. */
const LABEL = '(?!-)[a-z0-9-]{1,63}(?<!-)';
export const LIST_DOMAIN_RE = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);
export const listDomainSchema = z.string().max(253).regex(LIST_DOMAIN_RE, 'lower-case punycode domain (a.example)');

const isoDate = z.iso.date();
const httpsUrl = z.url({ protocol: /^https$/ }).max(RISK_LIST_LIMITS.urlChars);

export const riskEntrySchema = z.object({
  domain: listDomainSchema,
  category: z.enum(RISK_CATEGORIES),
  status: z.enum(ENTRY_STATUSES),
  firstSeen: isoDate,
  lastSeen: isoDate,
  /** The first day (UTC) on which the entry no longer applies. */
  expires: isoDate,
  evidence: z.array(httpsUrl).max(RISK_LIST_LIMITS.evidence),
  /** What was seen, in Chinese or English, for the person reading the verdict. */
  note: z.string().min(1).max(RISK_LIST_LIMITS.noteChars),
}).strict()
  .refine((e) => e.status !== 'confirmed' || e.evidence.length > 0, { message: 'a confirmed entry needs at least one evidence URL', path: ['evidence'] })
  .refine((e) => e.firstSeen <= e.lastSeen, { message: 'firstSeen is after lastSeen', path: ['lastSeen'] })
  .refine((e) => e.lastSeen < e.expires, { message: 'expires must be after lastSeen', path: ['expires'] });

export const allowEntrySchema = z.object({
  domain: listDomainSchema,
  reason: z.string().min(1).max(RISK_LIST_LIMITS.noteChars),
  kind: z.enum(ALLOW_KINDS),
}).strict();

export const riskListSchema = z.object({
  schema: z.literal(RISK_LIST_SCHEMA),
  /** Only ever moves forward: a list whose version is not above the one in use is a rollback. */
  version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  generatedAt: z.iso.datetime({ offset: true }),
  entries: z.array(riskEntrySchema).max(RISK_LIST_LIMITS.entries),
  allow: z.array(allowEntrySchema).max(RISK_LIST_LIMITS.allow),
  icpRecords: z.record(listDomainSchema, icpRecordSchema.nullable())
    .refine((r) => Object.keys(r).length <= RISK_LIST_LIMITS.icpRecords, 'too many ICP records')
    .optional(),
}).strict().superRefine((list, ctx) => {
  // Cheap (Set-based) integrity rules that must hold wherever a list is read, not only when it is built.
  const seen = new Map<string, 'reported' | 'confirmed'>();
  list.entries.forEach((e, i) => {
    if (seen.has(e.domain)) ctx.addIssue({ code: 'custom', message: `duplicate entry for ${e.domain}`, path: ['entries', i, 'domain'] });
    seen.set(e.domain, e.status);
  });
  const allowed = new Set<string>();
  list.allow.forEach((a, i) => {
    if (allowed.has(a.domain)) ctx.addIssue({ code: 'custom', message: `duplicate allow entry for ${a.domain}`, path: ['allow', i, 'domain'] });
    allowed.add(a.domain);
    if (seen.get(a.domain) === 'confirmed') {
      ctx.addIssue({ code: 'custom', message: `${a.domain} is both confirmed and allowed`, path: ['allow', i, 'domain'] });
    }
  });
});

export type RiskCategory = (typeof RISK_CATEGORIES)[number];
export type RiskEntry = z.infer<typeof riskEntrySchema>;
export type AllowEntry = z.infer<typeof allowEntrySchema>;
export type RiskList = z.infer<typeof riskListSchema>;

/** Start of the UTC day an ISO date names, in ms. */
export const dayStartMs = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`);

/** An entry applies until its `expires` day begins (UTC). */
export const isExpired = (entry: Pick<RiskEntry, 'expires'>, now: number): boolean => now >= dayStartMs(entry.expires);
