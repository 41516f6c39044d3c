/**
 * Emoji that stand for a word in abuse: animals of dehumanising metaphors (`Migrants are 🐀`) and the
 * instruments of a threat (`Someone should 🔫 the mayor`). The tokenizer reads each as that word, so the
 * phrase detectors judge `are 🐀` as they judge `are rats`; the evidence points at the emoji. Emoji that
 * mostly mean something else in comments (🔥 praise, 💀 laughter, 🐍 a traitor or a sign) are not here.
 */
const EMOJI_WORDS = new Map<number, string>([
  [0x1f400, 'rats'], // 🐀
  [0x1fab3, 'cockroaches'], // 🪳
  [0x1f412, 'monkeys'], // 🐒
  [0x1f435, 'monkeys'], // 🐵
  [0x1f98d, 'apes'], // 🦍
  [0x1f416, 'pigs'], // 🐖
  [0x1f437, 'pigs'], // 🐷
  [0x1f9a0, 'virus'], // 🦠
  [0x1f52b, 'shoot'], // 🔫
  [0x1f52a, 'stab'], // 🔪
  [0x1faa2, 'hang'], // 🪢
  [0x1f4a3, 'bomb'], // 💣
]);

/** The word an emoji stands for (see the module comment), or undefined. */
export const emojiWord = (codePoint: number): string | undefined => EMOJI_WORDS.get(codePoint);
