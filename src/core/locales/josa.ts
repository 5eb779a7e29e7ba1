// Korean particles chosen from the sound of the word they follow: 을/를, 은/는, 이/가, 과/와, (으)로.
// A trailing "(...)" annotation is skipped ("주문명(orderName)" takes 주문명's particle); Latin letters
// and digits are read as Koreans read them aloud. Messages put no particle after a code or a value
// they interpolate (they write "(현재: PAY_PENDING)"); this reading is for labels and field names.

// Letters read one by one (USD 유에스디, URL 유알엘, KRW 케이알더블유) end in a consonant only in L, M, N, R.
const LETTER_FINAL: Record<string, number> = { l: 8, m: 16, n: 4, r: 8 };
const DIGIT_FINAL = [21, 8, 0, 16, 0, 0, 1, 8, 8, 0]; // 영 일 이 삼 사 오 육 칠 팔 구

// A word read as a word ends as Koreans say it: -ng 펜딩 (ㅇ), -m / -me 폼, 네임 (ㅁ), -n / -ne 토큰,
// 폰 (ㄴ), -l / -le 페이팔, 모바일 (ㄹ), -ck 클릭 (ㄱ, but 체크). Any other ending is said with a vowel
// after it: -r 오더, -d 페이드, -s 바이패스, -k 뱅크, -t 세트, -y 레디.
const WORD_FINAL: readonly [RegExp, number][] = [
  [/ng$/, 21],
  [/(?:^|[^h])eck$|[^e]ck$/, 1],
  [/me?$/, 16],
  [/ne?$/, 4],
  [/le?$/, 8],
];

/** The final consonant of a run of Latin letters: spelled out when it is an acronym, else read as a word. */
function latinFinal(letters: string): number {
  // the last word of `PAY_PENDING`, `orderName`, `logo_url`
  const last = /[A-Z]?[a-z]+$|[A-Z]+$/.exec(letters)?.[0] ?? letters;
  const spelled = last.length <= 2 || (last === last.toUpperCase() && (last.length === 3 || !/[AEIOU]/.test(last)));
  if (spelled) return LETTER_FINAL[last.charAt(last.length - 1).toLowerCase()] ?? 0;
  const word = last.toLowerCase();
  return WORD_FINAL.find(([ending]) => ending.test(word))?.[1] ?? 0;
}

/** The final consonant of the word's last syllable as a Hangul jongseong index (0: none, 8: ㄹ). */
export function finalConsonant(word: string): number {
  const w = word.replace(/\s*\([^()]*\)\s*$/, "").replace(/[\s.,:;!?'"”’)\]]+$/, "");
  const last = w.charAt(w.length - 1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28;
  if (/\d/.test(last)) return DIGIT_FINAL[Number(last)]!;
  const latin = /[A-Za-z]+$/.exec(w)?.[0];
  return latin ? latinFinal(latin) : 0;
}

/** The word followed by the right particle: `josa("USD", "은", "는")` is "USD는", `josa("PAY_PENDING", "이어서", "여서")` "PAY_PENDING이어서". */
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
