import type { uiListZh } from './ui-list.zh-CN';
import { uiMirrorsEn } from './ui-mirrors.en';

export const uiListEn: Record<keyof typeof uiListZh, string> = {
  ...uiMirrorsEn,
  'list-error.network': 'Could not reach the list\'s address (the network may be down, or the site unreachable where you are). KaDun keeps using the list it has and tries again later.',
  'list-error.timeout': 'Downloading the list timed out. KaDun keeps using the list it has and tries again later.',
  'list-error.http': 'The list\'s address answered with an error. KaDun keeps using the list it has and tries again later.',
  'list-error.too-large': 'The downloaded list was too large; KaDun did not use it. The current list stays in use.',
  'list-error.redirect-loop': 'The list\'s address redirected too often or to an insecure address; KaDun did not use it.',
  'list-error.bad-signature': 'The downloaded list\'s signature is wrong (it may have been tampered with); KaDun did not use it. The current list stays in use.',
  'list-error.malformed': 'The downloaded list could not be read; KaDun did not use it. The current list stays in use.',
  'list-error.rollback': 'The downloaded list is older than the one in use; KaDun did not use it (an old list must not replace a newer one).',
  'list-error.import': 'Saving the list on this computer failed. The current list stays in use.',
  'list-error.internal': 'Something went wrong inside KaDun; the list was not updated. The current list stays in use.',
  'list-error.backoff': 'The last update did not succeed; KaDun will try again later by itself. The current list stays in use.',
  'list-error.details': 'Technical details',
};
