/**
 * One line per route for the OpenAPI document (`scripts/openapi.ts`): documentation, so it lives beside the
 * route table rather than in it, and no function's bundle carries it. Complete by construction: a route
 * without a summary, or a summary without a route, does not compile.
 */
import type { HandlerName } from './routes';

export const ROUTE_SUMMARIES = {
  'post-comment': 'Post a comment or a reply; it is moderated automatically.',
  'list-comments': 'A page of approved threads with their first replies.',
  'get-comment': 'An approved comment; with X-Author-Token, the author’s own in any state.',
  'edit-comment':
    'Edit within the edit window; the comment is moderated again. Refused while the article is closed, the author (or their network) is banned or the author is suspended.',
  'delete-comment':
    'Delete; text and name are erased, a root with replies stays as a tombstone. Allowed on a closed article and under a ban.',
  'me-export': 'Everything stored about the comments your author tokens open (rate limited).',
  'me-erase': 'Erase every comment your author tokens open, as their delete does, and the network hash.',
  'list-replies': 'A page of a thread’s approved replies, oldest first.',
  'count-comments': 'Approved-comment counts for up to 100 articles.',
  'flag-comment': 'Report a published comment (one flag per reporter).',
  'notice-submit': 'Notify illegal content in a published comment (EU DSA Art. 16); the token follows it.',
  'notice-status': 'A notice’s status and, once decided, the decision, its ground and the redress open.',
  'appeal-submit':
    'Appeal the rejection of your comment (EU DSA Art. 20): once per decision, within six months.',
  'notice-appeal-submit':
    'Appeal a decision to keep the comment your notice was about: once, within six months.',
  'moderation-queue': 'A page of a moderation queue with decision records, flags and author history.',
  'moderation-decide': 'Approve or reject one comment.',
  'moderation-notice-decide':
    'Decide a notice of illegal content once: remove (reject the comment) or keep it.',
  'moderation-appeal-decide':
    'Decide an appeal once: uphold the decision, or reverse it (restore or remove the comment).',
  'moderation-suspension-get':
    'A suspension proposal (EU DSA Art. 23), open or decided, with the person’s record and its trail.',
  'moderation-suspension-decide':
    'Decide a suspension proposal once: warn, suspend for 1–365 days (after a warning), or dismiss.',
  'moderation-bulk-decide': 'Up to 50 decisions with per-item results.',
  'moderation-history': 'A page of the comment’s audit events, oldest first.',
  'moderation-get-article-settings': 'An article’s moderation mode and whether it is closed.',
  'moderation-put-article-settings': 'Set an article’s mode (null inherits the site policy) and/or close it.',
  'moderation-ban-author': 'Ban an author; optionally reject their pending and approved comments.',
  'moderation-author-export':
    'A page of everything stored about an author id’s comments, with the author record (audited).',
  'moderation-author-erase': 'Erase a page of an author id’s comments on the author’s request (audited).',
  'moderation-author-lookup':
    'Author ids whose comments carry an e-mail address (a bounded full read; audited).',
  'moderation-unban-author': 'Lift a ban.',
  'moderation-get-policy': 'The site moderation policy (admins).',
  'moderation-put-policy':
    'Update the site moderation policy (admins): any subset, merged over the current one (a list replaces the whole list), validated as a whole; `version` or `expectedVersion` makes it conditional.',
  'moderation-stats': 'Queue sizes, oldest pending age, human decisions over 24 h.',
  'moderation-transparency':
    'The DSA transparency report (Art. 15, 24) of UTC days from..to, as JSON or CSV (format=csv).',
  'moderation-transparency-statements':
    'A page of the period’s statements of reasons in the DSA database’s fields, one a line.',
  'moderation-trusted-flagger-register':
    'Register a trusted flagger (EU DSA Art. 22); its token is in this answer only.',
  'moderation-trusted-flagger-list': 'Every registered trusted flagger, revoked ones too (never a token).',
  'moderation-trusted-flagger-revoke':
    'Revoke a trusted flagger: its token is refused from now on (idempotent).',
} as const satisfies Record<HandlerName, string>;
