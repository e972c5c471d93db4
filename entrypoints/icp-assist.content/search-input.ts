// The MIIT page's own search box: found and filled in, nothing more. KaDun does not press 搜索 and does not touch
// the captcha that follows; the person does both.

/** The search box (the header's `.Search_lebet` box on the real page, else a text input asking for a domain). */
export function findSearchInput(doc: Document): HTMLInputElement | null {
  const known = doc.querySelector<HTMLInputElement>('.Search_lebet input');
  if (known) return known;
  const inputs = [...doc.querySelectorAll<HTMLInputElement>('input')].filter((i) => i.type === 'text' || i.type === 'search' || !i.getAttribute('type'));
  return inputs.find((i) => /域名|备案|主办单位/.test(i.placeholder)) ?? null;
}

/**
 * Sets the value the way typing does, so the page's framework (Vue's v-model listens for `input`) takes it: the
 * prototype's setter (a framework may wrap the element's own), then `input` and `change` events.
 */
export function fillInput(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input) as object, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  // The element's own realm's Event (a test's DOM is not the global one).
  const EventOf = (input.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.Event ?? Event;
  input.dispatchEvent(new EventOf('input', { bubbles: true }));
  input.dispatchEvent(new EventOf('change', { bubbles: true }));
}
