// Language of a message's new text: 'en', 'zh-Hans', 'zh-Hant' or another BCP 47 tag. PURE.
// Script counts decide first (Han against Latin words, kana for Japanese, Hangul for Korean,
// Cyrillic, Arabic…); Simplified against Traditional by characters that exist in only one of
// the two; Latin text by a few very common function words per language, English by default.

/** Characters written differently in Simplified and Traditional Chinese, as [Simplified, Traditional] strings of equal length. */
const PAIRS: [string, string] = [
  '们这个会来时为说对发后过还国与见间点题么开关问经请实现电长东动边机无认让给话谢应该没种样将业务报价单议联系钱买卖单产项价处级资质运输层总办厅写读书号码网页讯际选择约协调达进备试验阶签订费额购货确传递录图级课区县乡数据库维护构设计师务员统节调准备复杂虑约续',
  '們這個會來時為說對發後過還國與見間點題麼開關問經請實現電長東動邊機無認讓給話謝應該沒種樣將業務報價單議聯係錢買賣單產項價處級資質運輸層總辦廳寫讀書號碼網頁訊際選擇約協調達進備試驗階簽訂費額購貨確傳遞錄圖級課區縣鄉數據庫維護構設計師務員統節調準備複雜慮約續',
];
const SIMP = new Set<string>();
const TRAD = new Set<string>();
{
  const a = [...PAIRS[0]];
  const b = [...PAIRS[1]];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) { SIMP.add(a[i]!); TRAD.add(b[i]!); }
  }
  // a few more that are unambiguous on one side
  for (const ch of '们说这边过还时为吗么见发后') SIMP.add(ch);
  for (const ch of '們說這邊過還時為嗎麼見發後於週') TRAD.add(ch);
}

const STOPWORDS: Record<string, RegExp> = {
  de: /\b(?:und|der|die|das|nicht|ist|ich|wir|sie|mit|für|auf|bitte|danke|ein|eine|zu|den|dem|von)\b/gi,
  fr: /\b(?:et|le|la|les|des|est|je|nous|vous|pour|avec|une|merci|pas|dans|que|qui|sur)\b/gi,
  es: /\b(?:y|el|la|los|las|es|yo|nosotros|usted|para|con|una|gracias|por|que|del|en|no)\b/gi,
  pt: /\b(?:e|o|a|os|as|é|eu|nós|você|para|com|uma|obrigado|obrigada|não|que|do|da|em)\b/gi,
  it: /\b(?:e|il|lo|la|gli|le|è|io|noi|voi|per|con|una|grazie|non|che|del|della|in)\b/gi,
  nl: /\b(?:en|de|het|een|is|ik|wij|jullie|voor|met|niet|dank|bedankt|van|op|dat|die)\b/gi,
};
const EN_WORDS = /\b(?:the|and|is|are|to|of|for|with|you|we|i|it|this|that|will|please|thanks|be|on|in|not|have)\b/gi;

export function detectLanguage(text: string): string {
  // Count scripts over a bounded prefix: a long message says the same in its first 20,000 characters.
  const t = text.length > 20000 ? text.slice(0, 20000) : text;
  let han = 0, kana = 0, hangul = 0, cyr = 0, arabic = 0, thai = 0, hebrew = 0, greek = 0, simp = 0, trad = 0;
  for (const ch of t) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
      if (SIMP.has(ch)) simp++;
      else if (TRAD.has(ch)) trad++;
    } else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) hangul++;
    else if (c >= 0x0400 && c <= 0x04ff) cyr++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x0e00 && c <= 0x0e7f) thai++;
    else if (c >= 0x0590 && c <= 0x05ff) hebrew++;
    else if (c >= 0x0370 && c <= 0x03ff) greek++;
  }
  const latinWords = t.match(/[A-Za-zÀ-ɏ]{2,}/g)?.length ?? 0;
  // A Han character carries about as much as a short word; compare in word units.
  const cjkWords = (han + kana + hangul) / 1.5;
  const others: [string, number][] = [['ru', cyr / 5], ['ar', arabic / 4], ['th', thai / 5], ['he', hebrew / 4], ['el', greek / 5]];
  if (cjkWords > 0 && cjkWords >= latinWords * 0.5 && others.every(([, n]) => cjkWords >= n)) {
    if (kana >= 2 && kana * 4 >= han * 0.5) return 'ja';
    if (hangul > han) return 'ko';
    return trad > simp ? 'zh-Hant' : 'zh-Hans';
  }
  const [bestOther, n] = others.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (n > latinWords) return bestOther;
  if (latinWords === 0) return 'en';
  const en = t.match(EN_WORDS)?.length ?? 0;
  let best = 'en', bestCount = en;
  for (const [lang, re] of Object.entries(STOPWORDS)) {
    const count = t.match(re)?.length ?? 0;
    if (count > bestCount * 1.5 && count >= 3) { best = lang; bestCount = count; }
  }
  return best;
}
