import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/moderation/toxicity/language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The sanctions have not worked and the article says why.'],
    ['fr', 'Les sanctions ne fonctionnent pas et le gouvernement le sait.'],
    ['de', 'Die Sanktionen wirken nicht, und die Regierung weiß das auch.'],
    ['es', 'Las sanciones no funcionan y el gobierno lo sabe.'],
    ['ru', 'Санкции не работают, и правительство это знает.'],
    ['uk', 'Санкції не працюють, і уряд це знає.'],
    ['ar', 'العقوبات لا تعمل والحكومة تعرف ذلك.'],
    ['fa', 'تحریم‌ها کار نمی‌کنند و دولت این را می‌داند.'],
    ['zh', '制裁没有效果，政府也知道。'],
    ['en', 'Agreed.'],
    ['en', '👍'],
  ])('reads %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
