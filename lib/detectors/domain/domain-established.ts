import { domainSignal, isoDate, providerSource } from './helpers';
import type { DomainDetector } from './types';

export const ESTABLISHED_YEARS = 3;

/**
 * `domain-established` (good): RDAP says the domain was registered more than three years ago. Good, but not green
 * evidence (verdict rule 6 needs a verified record, an official vendor or an allow entry): an old domain can be bought
 * or re-registered after it lapsed, and RDAP's registration date then shows the new registration only.
 */
export const domainEstablished: DomainDetector = {
  id: 'domain-established',
  detect(input) {
    const rdap = input.rdap;
    if (rdap?.status !== 'found' || rdap.data.registeredAt === undefined) return [];
    const at = rdap.data.registeredAt;
    const threshold = new Date(input.now);
    threshold.setUTCFullYear(threshold.getUTCFullYear() - ESTABLISHED_YEARS);
    if (at >= threshold.getTime()) return [];
    const years = Math.floor((input.now - at) / (365.25 * 86_400_000));
    const quote = `${isoDate(at)}${rdap.data.registrar ? ` · ${rdap.data.registrar}` : ''}`;
    return [
      domainSignal('domain-established', 'good', [{ quote, where: 'rdap.registration' }], providerSource('rdap', rdap.fetchedAt), {
        domain: input.site.domain, registeredAt: isoDate(at), years,
      }),
    ];
  },
};
