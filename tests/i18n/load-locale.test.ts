// Texts are registered per language (lib/i18n): the popup loads only the language it shows (loadLocale), and the
// extension build ships each language as data (scripts/vite-locale-data.ts) identical to what the source says.
import { describe, expect, it, vi } from 'vitest';
import { texts as en } from '../../lib/i18n/locale-en';
import { texts as zhCN } from '../../lib/i18n/locale-zh-CN';
import { localeTextsAsData } from '../../scripts/vite-locale-data';

describe('loadLocale', () => {
  it('nothing registered: t() says how to fix it; one language loaded: it serves, and stands in for the other', async () => {
    vi.resetModules();
    const i18n = await import('../../lib/i18n/index');
    expect(() => i18n.t('en', 'light.red')).toThrow(/loadLocale/);
    await i18n.loadLocale('en');
    expect(i18n.t('en', 'light.red')).toBe(en.ui['light.red']);
    expect(i18n.t('zh-CN', 'light.red')).toBe(en.ui['light.red']);
    await i18n.loadLocale('zh-CN');
    expect(i18n.t('zh-CN', 'light.red')).toBe('高风险');
    expect(i18n.signalHeadline('zh-CN', 'payment-personal-qr')).toBe(zhCN.headlines['payment-personal-qr']);
  });

  it('the first screen\'s few texts stand in until loadLocale brings the whole table', async () => {
    vi.resetModules();
    const i18n = await import('../../lib/i18n/index');
    const { firstScreenTexts } = await import('../../lib/i18n/first-screen-texts');
    i18n.registerFirstScreen('zh-CN', firstScreenTexts['zh-CN']);
    expect(i18n.t('zh-CN', 'light.red')).toBe('高风险');
    expect(() => i18n.t('zh-CN', 'ui.recheck')).toThrow();
    await i18n.loadLocale('zh-CN');
    expect(i18n.t('zh-CN', 'ui.recheck')).toBe(zhCN.ui['ui.recheck']);
    // Never over a whole table already loaded.
    i18n.registerFirstScreen('zh-CN', firstScreenTexts['zh-CN']);
    expect(i18n.t('zh-CN', 'ui.recheck')).toBe(zhCN.ui['ui.recheck']);
    await i18n.loadLocale('en');
  });

  it('list labels come from the loaded language', async () => {
    const i18n = await import('../../lib/i18n/index');
    const signal = { id: 'list-reported', params: { category: 'personal-payment', listVersion: 3, domain: 'x.example', note: '', firstSeen: '', lastSeen: '' } };
    expect(i18n.signalText('zh-CN', signal).title).toContain('个人收款');
    expect(i18n.signalText('en', signal).title).toContain('payment to a personal account');
  });
});

describe('the build ships each language as data', () => {
  const page = { input: { popup: '/x/entrypoints/popup/index.html' } };
  const load = (plugin: ReturnType<typeof localeTextsAsData>, input: unknown, id: string) => {
    (plugin.buildStart as (o: unknown) => void).call({}, input);
    return (plugin.load as (id: string) => string | null).call({}, id);
  };

  it.each([['zh-CN', zhCN], ['en', en]] as const)('%s: the module becomes its own value as JSON', (lang, texts) => {
    const code = load(localeTextsAsData(), page, `/w/lib/i18n/locale-${lang}.ts`);
    expect(code).toMatch(/^export const texts = JSON\.parse\(/);
    const literal = code!.slice('export const texts = JSON.parse('.length, code!.lastIndexOf(')'));
    expect(JSON.parse(JSON.parse(literal) as string)).toEqual(texts);
  });

  it('the first screen\'s texts become data in every build, never the whole tables behind them', async () => {
    const { firstScreenTexts } = await import('../../lib/i18n/first-screen-texts');
    for (const input of [page, { input: { background: '/x/entrypoints/background/index.ts' } }]) {
      const code = load(localeTextsAsData(), input, '/w/lib/i18n/first-screen-texts.ts')!;
      const literal = code.slice('export const firstScreenTexts = JSON.parse('.length, code.lastIndexOf(')'));
      expect(JSON.parse(JSON.parse(literal) as string)).toEqual(firstScreenTexts);
    }
    expect(JSON.stringify(firstScreenTexts['zh-CN']).length).toBeLessThan(JSON.stringify(zhCN).length / 4);
  });

  it('leaves other modules, and the service worker build, as written', () => {
    expect(load(localeTextsAsData(), page, '/w/lib/i18n/index.ts')).toBeNull();
    expect(load(localeTextsAsData(), { input: { background: '/x/entrypoints/background/index.ts' } }, '/w/lib/i18n/locale-en.ts')).toBeNull();
  });
});
