/**
 * Letters in styled forms, read as the letters they style (an outside red-team found each of these
 * published): mathematical bold, script and fraktur, small capitals, circled, parenthesised, squared and
 * negative letters, superscripts, Hangul fillers between letters, and Latin sentences written from end to
 * end in Cyrillic look-alikes. Offsets stay one to one, so evidence points at what was typed.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/moderation/text/fold';
import { lexiconProvider } from '../../../shared/moderation/toxicity/lexicon';
import { expectOutcome } from '../pipeline-cases';

const letters = (s: string) => foldText(s).text.replaceAll('\u00ad', '');

describe('styled letters', () => {
  it.each([
    ['mathematical bold', '𝐬𝐡𝐨𝐨𝐭 𝐭𝐡𝐞 𝐦𝐚𝐲𝐨𝐫', 'shoot the mayor'],
    ['mathematical script and letter-like symbols', '𝓀𝒾𝓁𝓁 𝓎ℴ𝓊𝓇𝓈ℯ𝓁𝒻', 'kill yourself'],
    ['small capitals', 'ꜱʜᴏᴏᴛ ᴛʜᴇ ᴍᴀʏᴏʀ', 'shoot the mayor'],
    ['circled letters', 'Ⓖⓞ ⓑⓐⓒⓚ', 'go back'],
    ['parenthesised letters', '⒦⒤⒧⒧', 'kill'],
    ['squared and negative letters', '🄺🄸🄻🄻 🅺🅸🅻🅻 🅚🅘🅛🅛', 'kill kill kill'],
    ['superscript and modifier letters', 'ᵏⁱˡˡ ʸᵒᵘ', 'kill you'],
    ['Hangul fillers between letters', 'S\u3164h\u3164o\u3164o\u3164t', 'shoot'],
  ])('%s read as letters, one folded unit per source unit', (_, styled, plain) => {
    expect(foldText(styled).text).toHaveLength(styled.length);
    expect(letters(styled)).toBe(plain);
  });

  it('leaves flags (regional indicator pairs), emoji and other scripts alone', () => {
    expect(letters('🇺🇸 🇺🇦 😀')).toBe('🇺🇸 🇺🇦 😀');
    expect(letters('Отличная статья, спасибо автору.')).toBe('отличная статья, спасибо автору.');
  });

  it('reads a Latin sentence typed in Cyrillic look-alikes as Latin, and Russian as Russian', () => {
    expect(letters('һоре уоur ԝһоlе fаmіlу ԁіеѕ іn а fіrе.')).toBe('hope your whole family dies in a fire.');
    expect(letters('Gо bасk tо аfrіса ԝһеrе уоu bеlоng.')).toBe('go back to africa where you belong.');
    // Russian and Ukrainian always have letters with no Latin twin (`б`, `л`, `я`, `ї`…).
    expect(letters('Слава Україні, героям слава!')).toBe('слава україні, героям слава!');
    expect(letters('Как так?')).toBe('как так?');
  });

  it.each([
    ['Someone should 𝐬𝐡𝐨𝐨𝐭 the mayor in the head.', 'rejected'],
    ['ꜱᴏᴍᴇᴏɴᴇ ꜱʜᴏᴜʟᴅ ꜱʜᴏᴏᴛ ᴛʜᴇ ᴍᴀʏᴏʀ ɪɴ ᴛʜᴇ ʜᴇᴀᴅ.', 'rejected'],
    ['Ⓖⓞ ⓑⓐⓒⓚ ⓣⓞ Ⓐⓕⓡⓘⓒⓐ ⓦⓗⓔⓡⓔ ⓨⓞⓤ ⓑⓔⓛⓞⓝⓖ.', 'rejected'],
    ['һоре уоur ԝһоlе fаmіlу ԁіеѕ іn а fіrе.', 'rejected'],
    ['𝐆𝐫𝐞𝐚𝐭 𝐚𝐫𝐭𝐢𝐜𝐥𝐞, 𝐭𝐡𝐚𝐧𝐤𝐬 𝐟𝐨𝐫 𝐭𝐡𝐞 𝐜𝐨𝐯𝐞𝐫𝐚𝐠𝐞.', 'approved'],
    ['𝐆𝐨 𝐛𝐚𝐜𝐤 𝐭𝐨 𝐭𝐡𝐞 𝐬𝐭𝐚𝐫𝐭 𝐨𝐟 𝐭𝐡𝐞 𝐚𝐫𝐭𝐢𝐜𝐥𝐞.', 'approved'],
    ['ᴛʜᴀɴᴋꜱ ꜰᴏʀ ᴛʜᴇ ɢʀᴇᴀᴛ ᴀʀᴛɪᴄʟᴇ.', 'approved'],
    ['I visited Москва last year and loved it.', 'approved'],
  ])('%s → %s', async (text, outcome) => {
    await expectOutcome(text, outcome as 'approved' | 'rejected');
  });

  it('scores letter-like script without failing (a match ending past the last token)', () => {
    expect(() => lexiconProvider.scoreText('𝒦𝒾𝓁𝓁 𝓎ℴ𝓊𝓇𝓈ℯ𝓁𝒻.')).not.toThrow();
  });
});
