// The one banner of this document: reads the background's reply (by hand, no zod here), mounts or removes the banner,
// and remembers a dismissal for this document (issue 11 item 2). "我已了解" hides the banner on THIS page only: the
// page re-checks itself as it changes and must not bring back what the person just dismissed, but a change of route
// (another URL without the fragment) or the page turning into a payment step brings it back. The background keeps
// the dismissal across loads, for that page and never at a payment step (lib/core/banner.ts).
import { mountBanner, type BannerEvents, type BannerSpec, type MountedBanner } from './banner';

/** The background's reply, checked by hand: anything unexpected means "no banner". */
export function bannerOf(reply: unknown): BannerSpec | null {
  const r = reply as { ok?: unknown; data?: { banner?: Record<string, unknown> | null } } | undefined;
  const b = r?.ok === true ? r.data?.banner : null;
  if (!b || (b.tone !== 'red' && b.tone !== 'amber')) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 300) : '');
  return {
    tone: b.tone, text: str(b.text), title: str(b.title), reasonsLabel: str(b.reasonsLabel), dismissLabel: str(b.dismissLabel),
    leaveLabel: str(b.leaveLabel), paymentStep: b.paymentStep === true,
  };
}

const pageOf = (href: string) => href.split('#')[0]!;

export type BannerSlot = { show(spec: BannerSpec | null): void; remove(): void };

export function createBannerSlot(doc: Document, on: BannerEvents, href: () => string = () => doc.location?.href ?? ''): BannerSlot {
  let banner: MountedBanner | null = null;
  /** What the person dismissed in this document: on which page, and whether it was the payment-step warning. */
  let dismissed: { page: string; paymentStep: boolean } | null = null;
  const remove = () => {
    banner?.remove();
    banner = null;
  };
  return {
    show(spec) {
      remove();
      if (!spec) return;
      const page = pageOf(href());
      // Still the page the person dismissed, and no payment step that was not there when they did: stay away.
      if (dismissed && dismissed.page === page && (dismissed.paymentStep || !spec.paymentStep)) return;
      dismissed = null;
      banner = mountBanner(doc, spec, {
        ...on,
        dismiss: () => {
          dismissed = { page, paymentStep: spec.paymentStep };
          banner = null;
          on.dismiss();
        },
      });
    },
    remove,
  };
}
