// `elementtiming` (the Element Timing API): the browser reports when an element's text is first painted. The popup
// marks its headline, advice line and first reason with it; npm run bench reads those paints (scripts/bench/popup.ts).
import 'react';

declare module 'react' {
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
