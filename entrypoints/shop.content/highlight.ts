// "在页面上显示": scroll to the element behind a text block and outline it for a few seconds. The outline is an
// inline style on the page's own element, restored afterwards; nothing is read or sent.
const OUTLINE = '3px solid #dc2626';

export function highlightElement(el: Element | undefined): boolean {
  if (!(el instanceof HTMLElement) || !el.isConnected) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const before = { outline: el.style.getPropertyValue('outline'), priority: el.style.getPropertyPriority('outline'), offset: el.style.getPropertyValue('outline-offset') };
  el.style.setProperty('outline', OUTLINE, 'important');
  el.style.setProperty('outline-offset', '3px', 'important');
  el.dataset.kadunHighlight = '1';
  setTimeout(() => {
    el.style.setProperty('outline', before.outline, before.priority);
    el.style.setProperty('outline-offset', before.offset);
    delete el.dataset.kadunHighlight;
  }, 4000);
  return true;
}
