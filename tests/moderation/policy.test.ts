import { describe, expect, it } from 'vitest';
import {
  applyPolicyUpdate,
  defaultPolicy,
  policySchema,
  policyUpdateSchema,
} from '../../shared/moderation/policy';

describe('policy defaults', () => {
  it('are post-moderation with newsroom defaults', () => {
    const p = defaultPolicy();
    expect(p).toMatchObject({
      version: 0,
      mode: 'post',
      minBodyLength: 1,
      maxBodyLength: 5000,
      links: { maxLinks: 2, allowedDomains: [], blockedDomains: [], holdIdnHosts: true },
      repeatWindowMinutes: 6,
      newCommenterApprovals: 0,
      flagThreshold: 3,
      editWindowMinutes: 10,
      toxicity: {
        insult: { review: 0.5, reject: 0.8 },
        threat: { review: 0.4, reject: 0.7 },
        hate: { review: 0.4, reject: 0.7 },
        profanity: { review: 0.5, reject: 0.9 },
        sexual: { review: 0.5, reject: 0.8 },
        violent_extremism: { review: 0.4, reject: 0.7 },
      },
    });
    expect(p.flood.authorPer10m).toBeGreaterThan(0);
    expect(p.flood.networkPer10m).toBeGreaterThan(p.flood.authorPer10m);
    expect(p.rateLimits.networkPerMinute).toBeGreaterThan(p.rateLimits.authorPerMinute);
  });

  it('hold links through URL shorteners and to look-alikes of well-known sites', () => {
    const { links } = defaultPolicy();
    expect(links.shortenerDomains).toEqual(
      expect.arrayContaining(['bit.ly', 'tinyurl.com', 't.co', 'lnkd.in']),
    );
    expect(links.lookalikeTargets).toEqual(expect.arrayContaining(['google.com', 'paypal.com', 'bbc.co.uk']));
  });

  it('ban a small list of slurs and hold conspiracy slogans and spam phrases', () => {
    const p = defaultPolicy();
    expect(p.bannedTerms).toContain('kike');
    expect(p.suspectTerms).toEqual(expect.arrayContaining(['false flag', 'crisis actor', 'click here']));
    expect(p.allowedTerms).toContain('shiite');
  });

  it('fill nested defaults when only part of an object is given', () => {
    const p = policySchema.parse({ toxicity: { insult: { reject: 0.9 } }, links: { maxLinks: 5 } });
    expect(p.toxicity.insult).toEqual({ review: 0.5, reject: 0.9 });
    expect(p.toxicity.hate).toEqual({ review: 0.4, reject: 0.7 });
    expect(p.links).toEqual({ ...defaultPolicy().links, maxLinks: 5 });
  });
});

describe('policy validation', () => {
  it.each([
    ['review above reject', { toxicity: { threat: { review: 0.9, reject: 0.5 } } }],
    ['a score above 1', { toxicity: { hate: { reject: 1.5 } } }],
    ['min longer than max', { minBodyLength: 100, maxBodyLength: 10 }],
    ['a malformed domain', { links: { blockedDomains: ['not a domain'] } }],
    ['a malformed shortener domain', { links: { shortenerDomains: ['bit ly'] } }],
    ['a non-boolean holdIdnHosts', { links: { holdIdnHosts: 'no' } }],
    ['an empty term', { bannedTerms: ['  '] }],
    ['a term of punctuation only', { suspectTerms: ['***'] }],
    // An outside review: `a` was accepted and then rejected `This is a nice day.`
    ['a term of one letter', { bannedTerms: ['a'] }],
    ['a term of one letter and stars', { bannedTerms: ['*i*'] }],
    ['a term written as a pattern', { bannedTerms: ['a|b'] }],
    ['a term with brackets', { suspectTerms: ['[a-z]+'] }],
    ['a term with a group', { allowedTerms: ['id(io)+t'] }],
    ['copied text held above where it is rejected', { copiedText: { holdAt: 7, rejectAt: 5 } }],
    ['an unknown field', { surprise: true }],
  ])('rejects %s', (_, input) => {
    expect(policySchema.safeParse(input).success).toBe(false);
  });

  it.each([
    ['a term', { suspectTerms: ['x\ud800'] }],
    ['a statement ground', { statementGrounds: { spam: 'Clause 4.2 \udc00 spam.' } }],
    ['a repeat-abuse clause', { repeatAbuse: { clauses: { author: 'Clause 9 of our \ud83d terms.' } } }],
  ])('rejects %s with a lone surrogate, as a policy and as an update', (_, input) => {
    expect(policySchema.safeParse(input).success).toBe(false);
    expect(policyUpdateSchema.safeParse(input).success).toBe(false);
  });

  it('keeps a term written twice (in any case) once, as first written; two letters are enough', () => {
    expect(
      policySchema.parse({ bannedTerms: ['Idiot', 'idiot ', 'IDIOT', 'moron', 'ok'] }).bannedTerms,
    ).toEqual(['Idiot', 'moron', 'ok']);
  });

  it('normalises domains to lower case without www', () => {
    expect(
      policySchema.parse({ links: { allowedDomains: ['WWW.Example.ORG'] } }).links.allowedDomains,
    ).toEqual(['example.org']);
  });
});

describe('applyPolicyUpdate', () => {
  it('merges a partial update over the current policy and bumps the version', () => {
    const current = defaultPolicy();
    const next = applyPolicyUpdate(current, {
      toxicity: { insult: { reject: 0.95 } },
      links: { blockedDomains: ['spam.example'] },
    });
    expect(next.version).toBe(1);
    expect(next.toxicity.insult).toEqual({ review: 0.5, reject: 0.95 });
    expect(next.toxicity.threat).toEqual(current.toxicity.threat);
    expect(next.links).toEqual({ ...current.links, blockedDomains: ['spam.example'] });
    expect(next.bannedTerms).toEqual(current.bannedTerms);
  });

  it('replaces lists rather than appending to them', () => {
    expect(applyPolicyUpdate(defaultPolicy(), { suspectTerms: ['only this'] }).suspectTerms).toEqual([
      'only this',
    ]);
  });

  it('lets an admin edit the shortener and look-alike lists and the IDN rule', () => {
    const next = applyPolicyUpdate(defaultPolicy(), {
      links: {
        shortenerDomains: ['BIT.LY', 'go.newsroom.example'],
        lookalikeTargets: [],
        holdIdnHosts: false,
      },
    });
    expect(next.links).toMatchObject({
      shortenerDomains: ['bit.ly', 'go.newsroom.example'],
      lookalikeTargets: [],
      holdIdnHosts: false,
      maxLinks: 2,
    });
  });

  it('validates the merged result as a whole', () => {
    expect(() => applyPolicyUpdate(defaultPolicy(), { toxicity: { insult: { review: 0.9 } } })).toThrow(
      /review must not exceed reject/,
    );
  });

  it('refuses unknown fields in the update body', () => {
    expect(policyUpdateSchema.safeParse({ version: 7 }).success).toBe(false);
  });
});
