import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/extract/language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Hi Bob, I will send the revised quote by Friday. Thanks, Ann'],
    ['zh-Hans', '您好，我们会在下周三前提交方案，请查收。'],
    ['zh-Hant', '您好，我們會在下週三前提交報價單，請查收。'],
    ['zh-Hans', 'PoC 环境我们明天部署，Q3 之前完成验收。'],
    ['en', 'Please send your resume to careers@example.com. Office: 北京市'],
    ['ja', 'お世話になっております。見積書を明日お送りします。'],
    ['ko', '안녕하세요. 견적서를 내일 보내드리겠습니다.'],
    ['ru', 'Здравствуйте, мы отправим счёт завтра.'],
    ['de', 'Hallo, ich schicke Ihnen das Angebot morgen. Bitte prüfen Sie die Zahlen und danke für die Geduld.'],
    ['fr', 'Bonjour, je vous envoie le devis demain. Merci pour votre patience et pour les chiffres.'],
    ['en', ''],
    ['en', '12345 !!!'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('reads a short Chinese reply under an English subject line as Chinese when the Chinese dominates', () => {
    expect(detectLanguage('Re: quote\n好的，我明天把报价单发给您，请您确认一下数量。')).toBe('zh-Hans');
  });

  it('is fast on very long input', () => {
    const t0 = performance.now();
    detectLanguage('中文和English混合 '.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
