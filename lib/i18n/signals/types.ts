// The shapes of the signal-text tables. A page signal's text is declared with its detector (lib/detectors/page/<id>.ts);
// domain and list texts live here in lib/i18n/signals/.
import type { SignalId } from '../../core/signal-ids';
import type { SignalText } from '../../core/types';

export type { SignalText };
/** A full table: every signal id has its text, so a missing or misspelt id fails to compile. */
export type SignalTexts = Record<SignalId, SignalText>;
/** A family's part of a table, used with `satisfies` so its keys stay exact and each one must be a known id. */
export type SignalTextPart = Partial<SignalTexts>;
