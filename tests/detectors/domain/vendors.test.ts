// Hygiene of the bundled official-vendor list (public/data/official-vendors.json), in the spirit of
// eth-phishing-detect's list tests: valid, canonical, unique, registrable, never a shared-hosting root — and no
// vendor's own domain is ever flagged as an imitation of any vendor.
import { describe, expect, it } from 'vitest';
import { siteKey } from '../../../lib/core/domain';
import { findLookalike } from '../../../lib/detectors/domain/lookalike';
import { parseVendorList, vendorInputs, vendorListSchema } from '../../../lib/detectors/domain/vendors';
import { site, VENDOR_LIST, vendorJson } from './inputs';

/** Roots where anyone can publish (PSL private section and the like): a vendor entry there would bless strangers. */
const SHARED_HOSTING = [
  'github.io', 'gitlab.io', 'vercel.app', 'netlify.app', 'pages.dev', 'workers.dev', 'blogspot.com', 'wixsite.com',
  'herokuapp.com', 'web.app', 'firebaseapp.com', 'azurewebsites.net', 'cloudfront.net', 'appspot.com', 'myqcloud.com',
  'aliyuncs.com', 'myshopify.com', 'weebly.com', 'wordpress.com', 'gitee.io', 'notion.site', 'glitch.me',
];
const all = VENDOR_LIST.vendors.flatMap((v) => v.domains.map((d) => [v.id, d] as const));

describe('official-vendors.json', () => {
  it('is schema-valid, with a list version and generation date', () => {
    const list = parseVendorList(vendorJson());
    expect(list.schemaVersion).toBe(1);
    expect(list.version).toBe('2026.12.05.1');
    expect(list.generatedAt).toBe('2026-11-24T00:00:00Z');
    expect(vendorInputs(list).vendorList).toEqual({ version: '2026.12.05.1', generatedAt: Date.UTC(2026, 10, 24) });
  });

  it.each(all)('%s: %s is lower-case ASCII (punycode) and its own registrable domain', (_v, d) => {
    expect(d).toBe(d.toLowerCase());
    expect(d).toMatch(/^[\x21-\x7e]+$/);
    const key = siteKey(`https://${d}/`);
    expect(key?.domain, `${d} must be registrable, not a subdomain`).toBe(d);
    expect(key?.lookupable).toBe(true);
  });

  it('names every domain and brand once across vendors', () => {
    const domains = all.map(([, d]) => d);
    expect(new Set(domains).size).toBe(domains.length);
    const brands = VENDOR_LIST.vendors.flatMap((v) => v.brands);
    expect(new Set(brands).size).toBe(brands.length);
  });

  it('lists no shared-hosting root, nor anything under one', () => {
    for (const [, d] of all) for (const root of SHARED_HOSTING) expect(d === root || d.endsWith(`.${root}`), d).toBe(false);
  });

  it('never flags a vendor domain (or a subdomain of one) as an imitation', () => {
    const { vendors } = vendorInputs(VENDOR_LIST);
    for (const [, d] of all) {
      expect(findLookalike(site(d), vendors), d).toBeNull();
      expect(findLookalike(site(`www.${d}`), vendors), `www.${d}`).toBeNull();
    }
  });

  it('gives every licence number a public source, and rejects a number without one', () => {
    const json = vendorJson() as { vendors: { licences?: { number: string; source?: string }[] }[] };
    const numbers = json.vendors.flatMap((v) => v.licences ?? []);
    expect(numbers.length).toBeGreaterThan(0);
    for (const l of numbers) expect(l.source, l.number).toMatch(/^(?:https:\/\/|github:[\w.-]+\/[\w.-]+@[0-9a-f]{40}:)/);
    const bad = structuredClone(json);
    delete bad.vendors.find((v) => v.licences)!.licences![0]!.source;
    expect(() => parseVendorList(bad)).toThrow(/licences\.0\.source/);
  });

  it('rejects a broken list with a message naming the problem', () => {
    const json = vendorJson() as { vendors: { domains: string[] }[] };
    const dup = structuredClone(json);
    dup.vendors[1]!.domains.push('qq.com');
    expect(() => parseVendorList(dup)).toThrow(/duplicate domain: qq\.com/);
    const upper = structuredClone(json);
    upper.vendors[0]!.domains.push('Example.COM');
    expect(() => parseVendorList(upper)).toThrow(/vendors\.0\.domains/);
    expect(vendorListSchema.safeParse({ ...json, schemaVersion: 2 }).success).toBe(false);
    expect(vendorListSchema.safeParse({ ...json, extra: 1 }).success).toBe(false);
  });
});
