/**
 * The console's Suspensions tab (EU DSA Art. 23) without a browser: who a proposal is about in words (an
 * author by name and id, a trusted flagger by name, a notifier by e-mail never by address), the strikes
 * and the proportion from the API's numbers, the earlier warning and suspension, the days of a suspension
 * checked before sending, what a refused decision says, the order and merging of pages, and the tab's
 * place among the queues.
 */
import { describe, expect, it } from 'vitest';
import { accountStatement } from '../../../shared/domain/account-statement';
import type { SuspensionDetail, SuspensionItem } from '../../../web/console/api';
import { QUEUES } from '../../../web/console/state';
import {
  checkDays,
  decidedWords,
  mergeProposals,
  proportionLine,
  recordLines,
  sortProposals,
  strikesLine,
  subjectWords,
  suspensionConflict,
} from '../../../web/console/suspension-state';

const t = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const strikes = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ noticeId: `n${i}`, commentId: `c${i}`, at: t(i) }));

function item(
  id: string,
  proposedAt: string,
  extra: {
    subject?: Partial<SuspensionItem['proposal']['subject']>;
    account?: Partial<SuspensionItem['account']>;
  } = {},
): SuspensionItem {
  return {
    proposal: {
      id,
      subject: { kind: 'author', id: 'a_abcdefghij', name: 'Rex', ...extra.subject },
      status: 'received',
      proposedAt,
      strikes: strikes(3),
      threshold: 3,
      windowDays: 180,
      decision: null,
    },
    account: {
      strikes: strikes(4),
      unweighed: 3,
      strikeTotal: 5,
      activity: { commentsApproved: 12, commentsRejected: 8, noticesSent: null },
      warning: null,
      suspension: null,
      suspendedUntil: null,
      actions: ['warn', 'dismiss'],
      ...extra.account,
    },
  };
}

describe('a proposal in words', () => {
  it('names an author by name and id, a flagger by name, a notifier by e-mail by neither', () => {
    expect(subjectWords({ kind: 'author', id: 'a_x', name: 'Rex' })).toEqual({
      name: 'Rex',
      detail: 'Author a_x',
    });
    expect(subjectWords({ kind: 'author', id: 'a_x', name: null }).name).toBe('An author (name erased)');
    expect(subjectWords({ kind: 'notifier', id: 'flagger:01F', name: 'Hotline' })).toEqual({
      name: 'Trusted flagger: Hotline',
      detail: 'Notifier (a trusted flagger)',
    });
    const byEmail = subjectWords({ kind: 'notifier', id: 'email:0a1b2c', name: null });
    expect(byEmail.name).toBe('A notifier by e-mail');
    expect(JSON.stringify(byEmail)).not.toContain('0a1b2c');
  });

  it('gives the strikes of the window and the proportion from the API', () => {
    expect(strikesLine(item('p1', t(0)))).toBe(
      '4 in the last 180 days, 3 not yet weighed (proposed at 3); 5 counted in all',
    );
    expect(proportionLine(item('p1', t(0)))).toBe(
      '5 removed on notices of 20 decided comments (25%): 12 published, 8 not published',
    );
    const none = { activity: { commentsApproved: null, commentsRejected: null, noticesSent: null } };
    expect(proportionLine(item('p1', t(0), { account: none }))).toBe(
      '5 removed on notices; no decided comments on record',
    );
    const notifier = item('p2', t(0), {
      subject: { kind: 'notifier', id: 'email:h', name: null },
      account: { activity: { commentsApproved: null, commentsRejected: null, noticesSent: 8 } },
    });
    expect(proportionLine(notifier)).toBe('5 of 8 notices sent found manifestly unfounded (63%)');
    const unknown = { ...notifier, account: { ...notifier.account, activity: none.activity } };
    expect(proportionLine(unknown)).toBe('5 found manifestly unfounded; notices sent: not known');
  });

  it('says the earlier warning (whether it allows a suspension) and a running or ended suspension', () => {
    const base = { kind: 'author' as const, counted: strikes(3), clause: 'The site’s clause on it.' };
    const warning = accountStatement({ ...base, now: new Date(t(5)), until: null, warnedAt: null });
    expect(recordLines(item('p', t(0)).account)).toEqual({
      warning: 'None: a suspension needs an earlier warning, so warn first',
      suspension: null,
    });
    const warned = item('p', t(0), { account: { warning, actions: ['warn', 'suspend', 'dismiss'] } }).account;
    expect(recordLines(warned).warning).toMatch(
      new RegExp(`^Warned on May 1, 2026 \\(statement ${warning.id}\\)$`),
    );
    const old = item('p', t(0), { account: { warning } }).account;
    expect(recordLines(old).warning).toMatch(/: older than the window, so warn again first$/);
    // A decided proposal allows nothing any more: that says nothing of the warning.
    expect(recordLines(old, false).warning).toBe(recordLines(warned).warning);
    const suspension = accountStatement({
      ...base,
      now: new Date(t(6)),
      until: new Date('2026-05-08T10:06:00.000Z'),
      warnedAt: t(5),
    });
    const now = item('p', t(0), {
      account: { warning, suspension, suspendedUntil: suspension.until },
    }).account;
    expect(recordLines(now).suspension).toBe('Suspended now, until May 8, 2026');
    const ended = item('p', t(0), { account: { warning, suspension } }).account;
    expect(recordLines(ended).suspension).toBe('Last suspended until May 8, 2026 (ended)');
  });
});

describe('a decision', () => {
  it('takes 1 to 365 whole days for a suspension', () => {
    expect(checkDays(' 7 ')).toEqual({ days: 7 });
    expect(checkDays('1')).toEqual({ days: 1 });
    expect(checkDays('365')).toEqual({ days: 365 });
    for (const bad of ['', '0', '366', '1.5', '-3', 'seven', '1e2'])
      expect(checkDays(bad), bad).toEqual({
        error: 'Give the days of the suspension: a whole number from 1 to 365.',
      });
  });

  it('says plainly why one was refused, with who decided first when known', () => {
    expect(suspensionConflict('warning_required', null)).toBe(
      'Warn first: a suspension needs an earlier warning. Nothing was applied.',
    );
    const decided = item('p', t(0));
    const detail: SuspensionDetail = {
      ...decided,
      proposal: {
        ...decided.proposal,
        status: 'decided',
        decision: {
          action: 'suspend',
          days: 14,
          until: t(30),
          decidedAt: t(10),
          by: { id: 'mod-2', name: 'Nora Moderator' },
          statementId: 's1',
          counted: strikes(3),
        },
      },
      events: [],
    };
    expect(suspensionConflict('suspension_already_decided', detail)).toBe(
      'Another moderator decided this proposal first (suspended for 14 days by Nora Moderator). Your decision was not applied.',
    );
    expect(suspensionConflict('suspension_already_decided', null)).toBe(
      'Another moderator decided this proposal first. Your decision was not applied.',
    );
    expect(suspensionConflict('version_conflict', null)).toMatch(
      /^The person’s record changed while you decided/,
    );
    const warn = { ...detail.proposal.decision!, action: 'warn' as const, days: null, by: { id: 'mod-3' } };
    expect(decidedWords(warn)).toBe('warned by mod-3');
  });
});

describe('the tab', () => {
  it('sits among the due-process queues, after appeals', () => {
    expect(QUEUES.slice(1, 4)).toEqual(['notices', 'appeals', 'suspensions']);
  });

  it('orders proposals by time of proposal, ties by id, either way', () => {
    const [a, b, c] = [item('p2', t(1)), item('p1', t(1)), item('p3', t(0))];
    expect(sortProposals([a, b, c], 'oldest').map((i) => i.proposal.id)).toEqual(['p3', 'p1', 'p2']);
    expect(sortProposals([a, b, c], 'newest').map((i) => i.proposal.id)).toEqual(['p2', 'p1', 'p3']);
  });

  it('merges a refresh: the fresh page wins, cards in use and later pages stay, decided ones go', () => {
    const ids = (items: SuspensionItem[]) => items.map((i) => i.proposal.id);
    const current = [item('p1', t(1)), item('p2', t(2)), item('p3', t(3)), item('p9', t(9))];
    // p1 and p3 were decided elsewhere; p2 is fresh; p9 is beyond the fresh page; p2 is in use.
    const fresh = [
      { ...item('p2', t(2)), account: { ...item('p2', t(2)).account, unweighed: 5 } },
      item('p4', t(4)),
    ];
    const merged = mergeProposals(current, fresh, new Set(['p3']), 'oldest', false);
    expect(ids(merged)).toEqual(['p2', 'p3', 'p4', 'p9']);
    expect(merged[0]?.account.unweighed).toBe(5);
    expect(ids(mergeProposals(current, fresh, new Set(), 'oldest', true))).toEqual(['p2', 'p4']);
    // A card in use keeps what the moderator sees, even when the fresh page has it.
    expect(mergeProposals(current, fresh, new Set(['p2']), 'oldest', true)[0]?.account.unweighed).toBe(3);
  });
});
