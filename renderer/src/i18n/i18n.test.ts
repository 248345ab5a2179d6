import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createI18n } from './i18n';
import { zhCN } from './zh-CN';

function leaves(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`),
  );
}

describe('translations', () => {
  it('have the same keys in both languages and no empty strings', () => {
    const zh = leaves(zhCN);
    const enLeaves = leaves(en);
    expect(enLeaves.map(([k]) => k).sort()).toEqual(zh.map(([k]) => k).sort());
    for (const [k, v] of [...zh, ...enLeaves]) expect(v.trim(), k).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const enMap = new Map(leaves(en));
    for (const [k, v] of leaves(zhCN)) expect(vars(enMap.get(k)!), k).toEqual(vars(v));
  });

  it('defaults to Chinese and switches to English', async () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('sync.localOnly')).toBe('仅本地');
    await i18n.changeLanguage('en');
    expect(i18n.t('sync.localOnly')).toBe('Local only');
  });
});
