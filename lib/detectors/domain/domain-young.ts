import { domainSignal, isoDate, providerSource } from './helpers';
import type { DomainDetector } from './types';

const DAY = 86_400_000;
/** About six months: most throw-away card shops live for weeks to months before they vanish (跑路). */
export const YOUNG_DAYS = 183;

/**
 * `domain-young` (warn): RDAP says the domain was registered less than 183 days before `now`. No RDAP answer, or an
 * answer without a registration event (`.cn` has no RDAP at all), says nothing: missing data is never a signal here.
 * A registration date in the future is bad data, not youth, and is ignored.
 */
export const domainYoung: DomainDetector = {
  id: 'domain-young',
  detect(input) {
    const rdap = input.rdap;
    if (rdap?.status !== 'found' || rdap.data.registeredAt === undefined) return [];
    const at = rdap.data.registeredAt;
    const ageDays = Math.floor((input.now - at) / DAY);
    if (at > input.now + DAY || ageDays >= YOUNG_DAYS) return [];
    const registrar = rdap.data.registrar ?? '-';
    const quote = `${isoDate(at)}${rdap.data.registrar ? ` · ${rdap.data.registrar}` : ''}`;
    return [
      domainSignal('domain-young', 'warn', [{ quote, where: 'rdap.registration' }], providerSource('rdap', rdap.fetchedAt), {
        domain: input.site.domain, registeredAt: isoDate(at), ageDays: Math.max(0, ageDays), registrar,
      }),
    ];
  },
};
