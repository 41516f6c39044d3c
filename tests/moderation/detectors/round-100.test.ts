/**
 * Round 100, from a red-team of insinuation and its civil neighbours (`/work/audit55`): claims stated flatly —
 * footage called staged or theatre, a toll said faked or inflated, an event organised or paid from a capital, abroad
 * or by NGOs, an attack pinned on the victims' own side — and the knowing closers each language lacked (`think about
 * it`, `piénsalo`, `делайте выводы сами`), all weak (`detectors/misinformation-flat.ts`). Each twin has one marker or
 * none and stays published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 100: claims stated flatly, and the closers each language lacked', () => {
  cases('publishes', 'approved', [
    'The death toll was revised up after DNA tests, the figures are grim.',
    'The concert was organised from abroad by the diaspora, and it was wonderful.',
    'Think about it: if we cut aid, more people will try the crossing.',
    'They were jailed by their own government for a tweet.',
    'Die Fotos sind gestellt, sagt die Polizei: eine Übung der Feuerwehr.',
  ]);
  cases('holds', 'pending', [
    'Les émeutes après la mort de Nahel, c’était organisé depuis l’étranger. À vous de tirer les conclusions.',
    'Le bilan du séisme est gonflé pour toucher l’aide internationale. Pas besoin d’en dire plus.',
    'Кадры из Бучи постановочные, там труп в зеркале шевелит рукой. Делайте выводы сами.',
    'Protesty v Serbii oplachivaet Zapad cherez NKO, u vsekh studentov odinakovye plakaty, vse yasno.',
    'Die Zahl der Toten im Ahrtal wurde geschönt, um Fördergelder abzugreifen. Zufall ist das nicht.',
    'El estallido se pagó desde fuera, nada fue espontáneo. Piénsalo.',
    'Crocus was done by their own security services. Think about it.',
  ]);
});
