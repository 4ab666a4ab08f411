// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { dictionaries, getLang, reloadLang, setLang, translate, type MessageKey } from '../src/i18n';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the dictionaries', () => {
  const en = dictionaries.en;
  const zh = dictionaries['zh-CN'];

  it('have the same keys in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty text', () => {
    for (const [lang, dictionary] of Object.entries(dictionaries)) {
      for (const [key, text] of Object.entries(dictionary)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('have the same placeholders for each key in both languages', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      // fmt.date may use the padded or the plain month in each language; every other text fills the same slots.
      if (key === 'fmt.date') continue;
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('really are translated: Chinese texts contain Chinese except codes and names', () => {
    const same = (Object.keys(en) as MessageKey[]).filter((k) => en[k] === zh[k]);
    expect(same.sort()).toEqual(['stage.M1', 'stage.M2', 'stage.M3', 'stage.M4']);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'lobby.title', { branch: 'SB-FT' })).toBe('Lobby · SB-FT');
    expect(translate('zh-CN', 'lobby.title', { branch: 'SB-FT' })).toBe('大堂 · SB-FT');
  });

  it('leaves a placeholder it was not given visible rather than blank', () => {
    expect(translate('en', 'lobby.title')).toBe('Lobby · {branch}');
  });

  it('says one loan, two loans and 1,200 loans in English, and 笔 in Chinese whatever the number', () => {
    expect(translate('en', 'board.loans', { n: '1', count: 1 })).toBe('1 loan');
    expect(translate('en', 'board.loans', { n: '2', count: 2 })).toBe('2 loans');
    expect(translate('en', 'board.loans', { n: '0', count: 0 })).toBe('0 loans');
    expect(translate('en', 'board.loans', { n: '1,200', count: 1200 })).toBe('1,200 loans');
    expect(translate('zh-CN', 'board.loans', { n: '1', count: 1 })).toBe('1 笔');
    expect(translate('en', 'terminal.salesValue', { count: '1', sales: 1, amount: '¥58.00' })).toBe('1 sale · ¥58.00');
    expect(translate('en', 'worklist.loans', { n: 1 })).toBe('1 loan held');
  });
});

describe('the language choice', () => {
  it('is remembered, and sets the page language', () => {
    setLang('en');
    expect(document.documentElement.lang).toBe('en');
    setLang('zh-CN');
    expect(localStorage.getItem('branchgrid.lang')).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(reloadLang()).toBe('zh-CN');
    expect(getLang()).toBe('zh-CN');
  });

  it('follows the browser when nothing was chosen', () => {
    localStorage.clear();
    expect(reloadLang()).toBe(navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
  });
});
