import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../src/i18n';
import { premiumSignalText } from '../src/pages/lobby/signals';

beforeEach(() => setLang('zh-CN'));

describe('a premium customer’s signals for staff', () => {
  it('reads the rules’ signals and a lobby manager’s judgement in Chinese', () => {
    expect(premiumSignalText('LargeDepositCertificate')).toBe('大额存单');
    expect(premiumSignalText('ManualFlag: 保管箱咨询')).toBe('人工识别：保管箱咨询');
  });

  it('reads them in English too, and shows a signal it does not know as the server named it', () => {
    setLang('en');
    expect(premiumSignalText('ManualFlag: family trust')).toBe('flagged by judgement: family trust');
    expect(premiumSignalText('SomethingNew')).toBe('SomethingNew');
  });
});
