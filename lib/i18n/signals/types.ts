/**
 * Text for one signal id. `{name}` placeholders are filled from the signal's params.
 * - title: one short line (what was found), hedged (疑似 / 可能) where it accuses;
 * - explain: why it matters for a card-shop purchase, with the law where one applies;
 * - action: what the person should do (optional).
 */
export type SignalText = { title: string; explain: string; action?: string };
export type SignalTexts = Partial<Record<string, SignalText>>;
