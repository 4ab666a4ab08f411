// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../src/i18n';
import { staffPicker } from '../src/ui/staffPicker';
import type { StaffPage } from '../src/types';

const page: StaffPage = {
  items: [
    { staffId: 'SB-FT-CM1', name: 'Wang Fang', nameZh: '王芳', institutionId: 'SB-FT', institutionName: 'Futian', roles: ['ClientManager'] },
    { staffId: 'SB-FT-LM', name: 'Li Na', nameZh: null, institutionId: 'SB-FT', institutionName: 'Futian', roles: ['LobbyManager'] },
  ],
  page: 1,
  pageSize: 200,
  total: 2,
};

const answering = (body: unknown, status = 200): string[] => {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (input: string) => {
    asked.push(String(input));
    return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  });
  return asked;
};

const loaded = async (select: HTMLSelectElement): Promise<void> => {
  await vi.waitFor(() => expect(select.dataset['loaded']).not.toBe('false'));
};

describe('the staff picker: people are picked by name, not typed by id', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the institution’s staff by name in the reader’s language, each with its id, and asks for that institution and role', async () => {
    setLang('zh-CN');
    const asked = answering(page);
    const picker = staffPicker('owner', 'owner', { institutionId: 'SB-FT', role: 'ClientManager' });
    await loaded(picker.element);

    expect(asked).toEqual(['/api/staff?institutionId=SB-FT&role=ClientManager&pageSize=200']);
    expect([...picker.element.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', '请选择人员'],
      ['SB-FT-CM1', '王芳 · SB-FT-CM1'],
      ['SB-FT-LM', 'Li Na · SB-FT-LM'],
    ]);
    expect(picker.element.required).toBe(true);
  });

  it('renames the people when the screen changes language while it is on the page', async () => {
    setLang('en');
    answering(page);
    const picker = staffPicker('owner', 'owner');
    document.body.append(picker.element);
    await loaded(picker.element);
    expect(picker.element.options[1]?.textContent).toBe('Wang Fang · SB-FT-CM1');

    setLang('zh-CN');
    expect(picker.element.options[1]?.textContent).toBe('王芳 · SB-FT-CM1');
    picker.element.remove();
  });

  it('chooses the suggested person once the list is in, but never over someone already chosen', async () => {
    setLang('en');
    answering(page);
    const picker = staffPicker('owner', 'owner');
    picker.suggest('SB-FT-LM');
    await loaded(picker.element);
    expect(picker.element.value).toBe('SB-FT-LM');

    picker.element.value = 'SB-FT-CM1';
    picker.suggest('SB-FT-LM');
    expect(picker.element.value).toBe('SB-FT-CM1');
  });

  it('says so when nobody may be chosen or the list cannot be read, and leaves nothing to submit', async () => {
    setLang('en');
    answering({ ...page, items: [], total: 0 });
    const empty = staffPicker('memberId', 'member');
    await loaded(empty.element);
    expect(empty.element.options[0]?.textContent).toBe('Nobody to choose');

    answering({ title: 'Forbidden', status: 403 }, 403);
    const failed = staffPicker('memberId', 'member');
    await loaded(failed.element);
    expect([failed.element.dataset['loaded'], failed.element.value]).toEqual(['failed', '']);
    expect(failed.element.options[0]?.textContent).toBe('The staff list could not be read');
  });
});
