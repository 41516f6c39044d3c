/**
 * Round 112, from the semantic misses of `dev115`–`dev118`: more weak insinuation markers
 * (`detectors/misinformation-told.ts`): asking said to be forbidden, a billionaire left unnamed, no coincidences in
 * Russian, orders from a capital (`по указке из Лондона`), the protesters' pay, hearsay confirmed, and search before
 * it is deleted in Spanish, French, German and Russian. Two different weak markers hold; one does not.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 112: insinuation closers from dev115–dev118', () => {
  cases('holds two of them', 'pending', [
    'Все эти «протесты поколения Z» в Индонезии, Непале, на Мадагаскаре — одна и та же методичка и один заказчик. Совпадений не бывает.',
    'a vy ne zadumyvalis pochemu imenno seichas arestovali Imamoglu? ego prosto ubrali po ukazke iz Londona, eto davno vse znayut',
    'The protesters were bussed in by a certain Hungarian billionaire. But of course we’re not allowed to ask questions.',
  ]);
  cases('publishes one alone', 'approved', [
    'We’re not allowed to ask the minister questions at the briefing any more, the press office told us.',
    'Cuánto les pagaron a los asesores externos, pregunta el Tribunal de Cuentas en su informe.',
    'A certain billionaire bought Twitter and renamed it, and now we argue about it every day.',
    'Совпадений не бывает, говорил мой учитель физики, и был неправ: их полно в статистике.',
  ]);
});
