import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '../../../lib/core/text';
import {
  USCC_CHARSET, isRegistrationNumber, isValidUscc, orgCodeCheckChar, usccCandidatesInBlock, usccCheckChar, usccProblem,
} from '../../../lib/detectors/page/shared/uscc';

// Worked examples from domain-facts.md §3; the 92… codes were generated for KaDun fixtures (checksums computed).
const XIAOMI = '91110108551385082Q';
const TENCENT = '91440300708461136T';

describe('usccProblem (GB 32100 + GB 11714)', () => {
  it.each([
    [XIAOMI, null],
    [TENCENT, null],
    [TENCENT.toLowerCase(), null],
    ['92440106MA5DQ7K141', null],
    ['92330110MA2KC8T43X', null],
    // Real, fails the check character; whitelisted like real validators do (domain-facts.md §3).
    ['91350203M0001QAY9B', null],
    ['91440300MA5G2R8N4A', 'check'],
    ['91510100MA6C9J2W3Y', 'org-check'],
    ['9144030012345678X', 'length'],
    ['91110108551385082QQ', 'length'],
    ['91330106MA2OKL1234', 'charset'],
    ['9111010855138508IQ', 'charset'],
    ['91A10108551385082Q', 'charset'],
    // A pre-2015 15-digit 注册号 is not a USCC.
    ['440301123456789', 'length'],
  ])('%s → %s', (code, problem) => {
    expect(usccProblem(code)).toBe(problem);
    expect(isValidUscc(code)).toBe(problem === null);
  });

  it('computes the worked example step by step', () => {
    expect(usccCheckChar(XIAOMI.slice(0, 17))).toBe('Q');
    expect(orgCodeCheckChar('55138508')).toBe('2');
    expect(usccCheckChar(TENCENT.slice(0, 17))).toBe('T');
  });

  it('maps GB 11714 remainders 10 → X and 11 → 0', () => {
    expect(orgCodeCheckChar('00000030')).toBe('X');
    expect(orgCodeCheckChar('00000000')).toBe('0');
  });

  // Every single-character substitution changes Σ by Δ·Wi ≠ 0 (mod 31, a prime), so none can pass.
  it.each([XIAOMI, TENCENT])('rejects every one-character flip of %s', (code) => {
    for (let i = 0; i < 18; i++) {
      const digitOnly = i >= 2 && i < 8;
      const alphabet = digitOnly ? '0123456789' : USCC_CHARSET;
      const next = alphabet[(alphabet.indexOf(code[i]!) + 1) % alphabet.length]!;
      const flipped = code.slice(0, i) + next + code.slice(i + 1);
      expect(usccProblem(flipped), flipped).not.toBeNull();
    }
  });
});

describe('usccCandidatesInBlock', () => {
  const block = (text: string) => ({ id: 0, tag: 'p', text, ...normalizeWithMap(text) });
  it.each([
    ['统一社会信用代码：91110108551385082Q', [{ code: XIAOMI, label: 'uscc' }]],
    ['营业执照号：91510100MA6C9J2W3Y', [{ code: '91510100MA6C9J2W3Y', label: 'other' }]],
    ['信用代码 9144030012345678X', [{ code: '9144030012345678X', label: 'uscc' }]],
    ['主办单位：示例公司 91330106MA2H7Q3L6A', [{ code: '91330106MA2H7Q3L6A', label: null }]],
    // Full-width characters are normalised (NFKC) before matching.
    ['统一社会信用代码：９１１１０１０８５５１３８５０８２Ｑ', [{ code: XIAOMI, label: 'uscc' }]],
    ['营业执照注册号：440301123456789', []],
    ['统一社会信用代码/注册号：440301987654321', []],
    ['税号 91440300708461136', []],
    ['订单号：202611241530221234', []],
    ['卡密：92110108ABCDEFGH12', []],
    ['编号 110101199003071234', []],
  ])('%s', (text, expected) => {
    expect(usccCandidatesInBlock(block(text)).map((c) => ({ code: c.code, label: c.label }))).toEqual(expected);
  });

  it('treats 15-digit registration numbers as such', () => {
    expect(isRegistrationNumber('440301123456789')).toBe(true);
    expect(isRegistrationNumber(XIAOMI)).toBe(false);
  });
});
