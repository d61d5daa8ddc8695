import { useEffect, useState } from 'react';

/**
 * Reading a question aloud with the Web Speech API, only when the device has a voice for her
 * language. Voices load asynchronously (Chromium fills getVoices() after `voiceschanged`), so
 * the list is read again whenever it changes. A voice that needs the network is used only
 * online: the desks often have none.
 */
function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string, online: boolean): SpeechSynthesisVoice | undefined {
  const wanted = lang.toLowerCase();
  const matching = voices.filter((v) => {
    const l = v.lang.toLowerCase().replace('_', '-');
    return l === wanted || l.startsWith(`${wanted}-`);
  });
  return matching.find((v) => v.localService) ?? (online ? matching[0] : undefined);
}

export function useVoice(lang: string): SpeechSynthesisVoice | undefined {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth()?.getVoices() ?? []);
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const s = synth();
    if (!s) return;
    const update = () => setVoices(s.getVoices());
    update();
    s.addEventListener('voiceschanged', update);
    const onOnline = () => setOnline(navigator.onLine);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOnline);
    return () => {
      s.removeEventListener('voiceschanged', update);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOnline);
    };
  }, []);
  return pickVoice(voices, lang, online);
}

export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const s = synth();
  if (!s) return;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  s.speak(utterance);
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
