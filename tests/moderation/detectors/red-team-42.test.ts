/**
 * A red-team of hate and extremism (round 42, `/work/audit26`): the Holocaust denied or its author praised,
 * collective guilt of a whole people, a death toll wished larger, money for an armed wing; rats as animals read as
 * such by the classifier; with civil twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('the Holocaust denied, a whole people guilty, a death toll wished larger, money for an armed wing', () => {
  cases('rejects', 'rejected', [
    'The six million figure never added up, look it up yourself.',
    'Der sogenannte Holocaust wird in jeder Schule gepredigt. Schluss mit dem Schuldkult!',
    'El holocausto nunca ocurrió, es un mito de los vencedores.',
    'Hitler had the right idea, he just didn’t finish the job.',
    'Alle Juden sind mitschuldig, jeder einzelne sollte dafür bezahlen.',
    'Faites un don pour la branche armée du Hamas, chaque euro compte.',
    'Лучшая новость года — 145 трупов в Крокусе. Жаль, что не тысяча.',
    'Ojalá hubieran sido mil muertos en vez de 145 en ese atentado.',
  ]);
  cases('publishes', 'approved', [
    'Six million Jews were murdered; historians have documented every transport list.',
    'The Holocaust happened, and denying it is a crime in Germany for good reason.',
    'He was convicted in 2019 for saying the Holocaust was a myth.',
    'Deniers still claim the six million is a lie, which is why this museum matters.',
    'Horst Mahler spent years in prison for claiming the Holocaust is a lie.',
    'Ну конечно, во всех бедах Москвы виноваты таджики-дворники. А не те, кто пилит бюджет.',
    'Les rats ont envahi certains quartiers de Paris pendant la grève des éboueurs, la mairie promet un plan de dératisation.',
    'Donnez aux Restos du Cœur, ils manquent de tout cet hiver.',
    'La mejor noticia del año: cero muertos en carretera en Nochebuena.',
  ]);
});

describe('joining told of others, not urged', () => {
  cases('publishes', 'approved', [
    'Why do young Europeans join ISIS? Research points to identity crises and online grooming rather than theology.',
  ]);
  cases('rejects', 'rejected', ['Brothers, join ISIS now, the caliphate needs you.']);
});

describe('a martyr of a church, a job lost wished (round 43: the classifier read them as extremism and abuse)', () => {
  cases('publishes', 'approved', [
    'Polish Catholics venerate Maximilian Kolbe as a martyr for taking another prisoner’s place in Auschwitz.',
    'I hope you lose your job over this biased article, frankly. Your editor should be ashamed too.',
  ]);
  cases('rejects', 'rejected', ['The martyrs of the caliphate will be avenged, brothers.']);
});
