// Korean particles chosen from the sound of the word they follow: 을/를, 은/는, 이/가, 과/와, (으)로.
// A trailing "(...)" annotation is skipped ("주문명(orderName)" takes 주문명's particle); Latin letters
// and digits are read as Koreans read them aloud (USD -> 디, URL -> 엘, 1 -> 일).

const LATIN_FINAL: Record<string, number> = { l: 8, m: 16, n: 4, r: 8 };
const DIGIT_FINAL = [21, 8, 0, 16, 0, 0, 1, 8, 8, 0]; // 영 일 이 삼 사 오 육 칠 팔 구

/** The final consonant of the word's last syllable as a Hangul jongseong index (0: none, 8: ㄹ). */
export function finalConsonant(word: string): number {
  const w = word.replace(/\s*\([^()]*\)\s*$/, "").replace(/[\s.,:;!?'"”’)\]]+$/, "");
  const last = w.charAt(w.length - 1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28;
  if (/\d/.test(last)) return DIGIT_FINAL[Number(last)]!;
  return LATIN_FINAL[last.toLowerCase()] ?? 0;
}

/** The word followed by the right particle: `josa("USD", "은", "는")` is "USD는". */
export function josa(word: string | number | undefined, withFinal: string, withoutFinal: string): string {
  const w = String(word ?? "");
  return w + (finalConsonant(w) !== 0 ? withFinal : withoutFinal);
}

/** The word followed by 으로 or 로 (로 after a vowel and after ㄹ). */
export function euro(word: string | number | undefined): string {
  const w = String(word ?? "");
  const f = finalConsonant(w);
  return w + (f !== 0 && f !== 8 ? "으로" : "로");
}
