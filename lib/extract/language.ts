// STUB: replaced by the commitments work.
export function detectLanguage(text: string): string {
  return /[\u4e00-\u9fff]/.test(text) ? 'zh-Hans' : 'en';
}
