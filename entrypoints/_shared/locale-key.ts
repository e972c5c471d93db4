// Where the pages keep the language they last showed (./locale.ts), on its own: popup-first.js reads it without
// loading the language code.
export const LAST_LOCALE = 'kadun:locale';
