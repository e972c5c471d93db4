import { describe, expect, it } from 'vitest';
import { nowAdviceFor } from '../../lib/core/advice';

describe('nowAdviceFor: the one line "现在怎么做"', () => {
  it.each([
    ['red', 'danger', 'popup.now.red'], ['red', 'list-confirmed', 'popup.now.red'], ['red', 'user-override', 'popup.now.red'],
    ['amber', 'warn', 'popup.now.warn'], ['amber', 'unverified', 'popup.now.unverified'],
    ['amber', 'user-override', 'popup.now.trusted-danger'], ['green', 'user-override', 'popup.now.trusted'],
    ['green', 'verified', 'popup.now.green'], ['grey', 'not-shop', null],
  ] as const)('%s / %s → %s', (light, rule, key) => {
    expect(nowAdviceFor(light, rule)).toBe(key);
  });
});
