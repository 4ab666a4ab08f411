// A premium customer's signals in the staff's language. The server sends the rules' signal names
// ("LargeCash") and a lobby manager's own judgement as "ManualFlag: <their reason>".
import { isMessageKey, t } from '../../i18n';

const manual = 'ManualFlag: ';

export function premiumSignalText(signal: string): string {
  if (signal.startsWith(manual)) return t('premiumSignal.manual', { reason: signal.slice(manual.length) });
  const key = `premiumSignal.${signal}`;
  return isMessageKey(key) ? t(key) : signal;
}
