import { describe, expect, it } from 'vitest';
import { MESSAGES, ORIGIN_LABELS, PROJECT_LABELS, RELATIONSHIP_LABELS, ROLE_LABELS, pickLocale, t } from '../../../components/i18n';

describe('UI strings', () => {
  it('every English key has a Chinese translation that is not the English text', () => {
    const untranslated = Object.entries(MESSAGES.en).filter(([k, v]) => {
      const zh = MESSAGES.zh[k as keyof typeof MESSAGES.en];
      return !zh || (zh === v && k !== 'appName');
    });
    expect(untranslated).toEqual([]);
  });
  it('placeholders match between languages', () => {
    for (const [k, v] of Object.entries(MESSAGES.en)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(MESSAGES.zh[k as keyof typeof MESSAGES.en]), k).toEqual(names(v));
    }
  });
  it('domain vocabularies are translated for every value', () => {
    for (const table of [ROLE_LABELS, RELATIONSHIP_LABELS, PROJECT_LABELS, ORIGIN_LABELS]) {
      expect(Object.keys(table.zh).sort()).toEqual(Object.keys(table.en).sort());
      for (const v of Object.values(table.zh)) expect(v).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  it('follows the browser language', () => {
    expect(pickLocale(['zh-TW', 'en'])).toBe('zh');
    expect(pickLocale(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLocale(['de'])).toBe('en');
    expect(t('zh', 'rolesCovered', { n: 3 })).toBe('已覆盖 3/6 个角色');
  });
});
