/**
 * Round 103, from the tuning batches `dev113` and `dev114`: a subdomain that is a whole domain with hyphens for its dots
 * (`icij-org.luanda-files.info`; `text/hosts.ts` `embeddedDomain`), `j3ws` as a group name, insinuation told as a
 * fabrication by a sponsor (`придумали в Лондоне`), `всем известно`, and an election said rigged in French, Spanish,
 * German and Russian, all weak (`detectors/misinformation-flat.ts`).
 */
import { describe, expect, it } from 'vitest';
import { embeddedDomain } from '../../../shared/moderation/text/hosts';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 103: hyphened domains, j3ws, fabrications by a sponsor', () => {
  it('reads a domain hyphened into a subdomain, not a country code that ordinary subdomains carry', () => {
    expect(embeddedDomain('icij-org.luanda-files.info')).toBe('icij.org');
    expect(embeddedDomain('www.abc-net-au.news-archive.co')).toBe('abc.net.au');
    expect(embeddedDomain('tickets-de.eventim.de')).toBeNull();
    expect(embeddedDomain('api-co.example.com')).toBeNull();
  });
  cases('publishes', 'approved', [
    'Our tickets: https://tickets-de.eventim.de/x',
    'Фильм придумали в Лондоне, а снимали в Праге.',
    'Observers said the election was rigged, but the court found no evidence.',
  ]);
  cases('holds', 'pending', [
    'Всем известно, что весь скандал с «тунцовыми облигациями» придумали в Лондоне, чтобы очернить Россию.',
    "L'élection namibienne a été truquée avec des machines fournies par des amis du président, tout le monde le sait.",
  ]);
  cases('rejects', 'rejected', [
    'of course the bankers were all j3ws. they suck the blood out of Africa like ticks',
    'Full unredacted Luanda Leaks database now searchable, just log in with your email: icij-org.luanda-files.info/login',
  ]);
});
