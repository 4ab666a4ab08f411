import { describe, expect, it } from 'vitest';
import {
  businessLocalToInstant, formatDate, formatDateOnly, formatDateTime, formatDuration, formatMinutes, formatMoney, formatTime,
} from '../src/format';
import type { Lang } from '../src/i18n';

describe('money in CNY', () => {
  it.each<[number, Lang, string]>([
    [1234567.89, 'en', '¥1,234,567.89'],
    [1234567.89, 'zh-CN', '¥1,234,567.89'],
    [0, 'en', '¥0.00'],
    [44361.15, 'en', '¥44,361.15'],
    [5, 'zh-CN', '¥5.00'],
    [0.005, 'en', '¥0.01'],
    [-1500, 'en', '-¥1,500.00'],
    [200_000_000, 'en', '¥200,000,000.00'],
  ])('%d in %s is %s', (amount, lang, expected) => {
    expect(formatMoney(amount, lang)).toBe(expected);
  });

  it.each<[number, string]>([
    [1_234_567.89, '¥1,234,567.89'],
    [250_000_000, '¥250,000,000.00'],
    [999_999.99, '¥999,999.99'],
  ])('%d is %s in Chinese too: one format per screen and language, never 万 beside yuan', (amount, expected) => {
    expect(formatMoney(amount, 'zh-CN')).toBe(expected);
  });
});

describe('durations', () => {
  it.each<[number, Lang, string]>([
    [0, 'en', '0m 00s'],
    [245_000, 'en', '4m 05s'],
    [245_000, 'zh-CN', '4分05秒'],
    [15 * 60_000, 'en', '15m 00s'],
    [3_720_000, 'en', '1h 02m'],
    [3_720_000, 'zh-CN', '1小时02分'],
    [-5000, 'en', '0m 00s'],
    [59_999, 'en', '0m 59s'],
  ])('%d ms in %s is %s', (ms, lang, expected) => {
    expect(formatDuration(ms, lang)).toBe(expected);
  });

  it.each<[number, Lang, string]>([
    [7.5, 'en', '7.5 min'],
    [7, 'zh-CN', '7 分钟'],
    [12.345, 'en', '12.3 min'],
  ])('average of %d minutes in %s is %s', (minutes, lang, expected) => {
    expect(formatMinutes(minutes, lang)).toBe(expected);
  });
});

describe('dates and times are China Standard Time, wherever the browser is', () => {
  it.each<[string, string]>([
    ['2026-02-12T06:05:09Z', '14:05'],
    ['2026-02-12T10:00:00Z', '18:00'],
    ['2026-02-12T17:30:00Z', '01:30'],
    ['2026-02-12T18:00:00+08:00', '18:00'],
  ])('%s shows %s', (instant, expected) => {
    expect(formatTime(instant)).toBe(expected);
  });

  it('shows seconds when asked', () => {
    expect(formatTime('2026-02-12T06:05:09Z', { seconds: true })).toBe('14:05:09');
  });

  it.each<[string, Lang, string]>([
    ['2026-02-12T06:05:09Z', 'en', '2026-02-12'],
    ['2026-02-12T06:05:09Z', 'zh-CN', '2026年2月12日'],
    // 23:30 UTC on the 12th is already the 13th in Beijing: the business date.
    ['2026-02-12T23:30:00Z', 'en', '2026-02-13'],
  ])('%s in %s is dated %s', (instant, lang, expected) => {
    expect(formatDate(instant, lang)).toBe(expected);
  });

  it('joins date and time', () => {
    expect(formatDateTime('2026-02-23T10:00:00Z', 'zh-CN')).toBe('2026年2月23日 18:00');
    expect(formatDateTime('2026-02-23T10:00:00Z', 'en')).toBe('2026-02-23 18:00');
  });

  it('shows calendar dates from the server without shifting them', () => {
    expect(formatDateOnly('2026-02-23', 'en')).toBe('2026-02-23');
    expect(formatDateOnly('2026-02-23', 'zh-CN')).toBe('2026年2月23日');
  });

  it('shows a dash for an instant it cannot read', () => {
    expect(formatTime('not a date')).toBe('—');
  });

  it('reads a promised time typed in a form as Beijing time', () => {
    expect(businessLocalToInstant('2026-02-12T15:30')).toBe('2026-02-12T15:30:00+08:00');
    expect(Date.parse(businessLocalToInstant('2026-02-12T15:30')!)).toBe(Date.parse('2026-02-12T07:30:00Z'));
    expect(businessLocalToInstant('')).toBeNull();
  });
});
