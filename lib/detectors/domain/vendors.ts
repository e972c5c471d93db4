// The official-vendor list (public/data/official-vendors.json): who sells game cards, memberships and top-ups
// officially, under which registrable domains, and which brand tokens imitations borrow. Parsed here; loading the
// file (bundled import, or the CLI reading it) is the caller's business — no fetch in lib/detectors.
import { z } from 'zod';
import type { DomainInputs, OfficialVendor } from './types';

export const VENDOR_LIST_SCHEMA_VERSION = 1;

/** Lower-case ASCII (punycode) hostname with at least two labels. Registrability is checked by the hygiene test. */
const domainSchema = z.string().max(253).regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/);
/** A brand token: lower-case letters and digits (numeric brands such as 10086 only ever match a whole label). */
const brandSchema = z.string().regex(/^[a-z0-9]{2,30}$/);

export const officialVendorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.object({ 'zh-CN': z.string().min(1).max(60), en: z.string().min(1).max(60) }).strict(),
  domains: z.array(domainSchema).min(1).max(50),
  brands: z.array(brandSchema).max(30),
  /** Why an entry is there or what was left out (maintainers' notes; not shown). */
  note: z.string().max(500).optional(),
}).strict();

export const vendorListSchema = z.object({
  schemaVersion: z.literal(VENDOR_LIST_SCHEMA_VERSION),
  version: z.string().min(1).max(40),
  generatedAt: z.iso.datetime({ offset: true }),
  vendors: z.array(officialVendorSchema).min(1).max(500),
}).strict().superRefine((list, ctx) => {
  const seen = { id: new Set<string>(), domain: new Set<string>(), brand: new Set<string>() };
  const once = (kind: keyof typeof seen, value: string, path: (string | number)[]) => {
    if (seen[kind].has(value)) ctx.addIssue({ code: 'custom', message: `duplicate ${kind}: ${value}`, path });
    seen[kind].add(value);
  };
  list.vendors.forEach((v, i) => {
    once('id', v.id, ['vendors', i, 'id']);
    v.domains.forEach((d, j) => once('domain', d, ['vendors', i, 'domains', j]));
    v.brands.forEach((b, j) => once('brand', b, ['vendors', i, 'brands', j]));
  });
});

export type VendorList = z.infer<typeof vendorListSchema>;

/** Parses the list file's JSON; throws an Error naming the first problem (a bundled file that fails is a build bug). */
export function parseVendorList(json: unknown): VendorList {
  const r = vendorListSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`official-vendors.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

/** The part of DomainInputs that comes from the list. */
export function vendorInputs(list: VendorList): Pick<DomainInputs, 'vendors' | 'vendorList'> {
  const vendors: OfficialVendor[] = list.vendors.map(({ id, name, domains, brands }) => ({ id, name, domains, brands }));
  return { vendors, vendorList: { version: list.version, generatedAt: Date.parse(list.generatedAt) } };
}

/** One name for both languages' texts (`{vendor}`): 腾讯 / Tencent. */
export function vendorDisplayName(v: OfficialVendor): string {
  return v.name['zh-CN'] === v.name.en ? v.name.en : `${v.name['zh-CN']} / ${v.name.en}`;
}
