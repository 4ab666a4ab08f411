// The hall hears each call through the browser's own speech synthesis, in the display's language.
import type { Lang } from '../../i18n';

/** The part of window.speechSynthesis the display uses (a test may stand in for it). */
export interface Speaker {
  speak(utterance: SpeechSynthesisUtterance): void;
}

const voiceLang: Record<Lang, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/** Speaks a text; a browser without speech synthesis stays silent (the display still shows the call). */
export function say(text: string, lang: Lang, speaker: Speaker | undefined = globalThis.speechSynthesis): void {
  if (!speaker || typeof SpeechSynthesisUtterance === 'undefined') return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voiceLang[lang];
  utterance.rate = 0.9;
  speaker.speak(utterance);
}
