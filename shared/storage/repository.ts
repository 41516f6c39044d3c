/**
 * The DynamoDB adapter of every storage port (shared/app/ports.ts): one store per aggregate over one
 * `Dynamo` helper, gathered into the one object the use cases receive as `Deps.repo`. This file only
 * delegates; each store's module holds its access patterns.
 */
import type { Storage } from '../app/ports';
import { AppealStore } from './appeals';
import { ArticleStore } from './articles';
import { AuditStore } from './audit';
import { AuthorStore } from './authors';
import { CommentStore } from './comments';
import { DecisionStatsStore } from './decision-stats';
import { Dynamo, type DynamoOptions } from './dynamo';
import { EmailSearch } from './email-search';
import { FlagStore } from './flags';
import { IdempotencyStore } from './idempotency';
import { ModerationQueueStore } from './moderation-queue';
import { NoticeStore } from './notices';
import { PostContextReader } from './post-context';
import { RateLimitStore } from './rate-limits';
import { SuspensionStore } from './suspensions';
import { TextStore } from './texts';
import { TransparencyStore } from './transparency';
import { TrustedFlaggerStore } from './trusted-flaggers';

export class Repository implements Storage {
  readonly comments: CommentStore;
  readonly articles: ArticleStore;
  readonly authors: AuthorStore;
  readonly queues: ModerationQueueStore;
  readonly idempotency: IdempotencyStore;
  readonly rateLimits: RateLimitStore;
  readonly texts: TextStore;
  readonly flags: FlagStore;
  readonly notices: NoticeStore;
  readonly flaggers: TrustedFlaggerStore;
  readonly appeals: AppealStore;
  readonly suspensions: SuspensionStore;
  readonly audit: AuditStore;
  readonly decisionStats: DecisionStatsStore;
  readonly transparency: TransparencyStore;
  readonly postContext: PostContextReader;
  readonly emailSearch: EmailSearch;

  constructor(opts: DynamoOptions) {
    const db = new Dynamo(opts);
    this.comments = new CommentStore(db);
    this.articles = new ArticleStore(db);
    this.authors = new AuthorStore(db);
    this.queues = new ModerationQueueStore(db);
    this.idempotency = new IdempotencyStore(db);
    this.rateLimits = new RateLimitStore(db);
    this.texts = new TextStore(db);
    this.flags = new FlagStore(db, this.comments);
    this.notices = new NoticeStore(db, this.comments);
    this.flaggers = new TrustedFlaggerStore(db);
    this.appeals = new AppealStore(db, this.comments);
    this.suspensions = new SuspensionStore(db);
    this.audit = new AuditStore(db);
    this.decisionStats = new DecisionStatsStore(db);
    this.transparency = new TransparencyStore(db);
    this.postContext = new PostContextReader(db);
    this.emailSearch = new EmailSearch(db);
  }

  // Comments
  getComment: Storage['getComment'] = (...a) => this.comments.getComment(...a);
  createComment: Storage['createComment'] = (...a) => this.comments.createComment(...a);
  getComments: Storage['getComments'] = (...a) => this.comments.getComments(...a);
  commentBodies: Storage['commentBodies'] = (...a) => this.comments.commentBodies(...a);
  listThreads: Storage['listThreads'] = (...a) => this.comments.listThreads(...a);
  listReplies: Storage['listReplies'] = (...a) => this.comments.listReplies(...a);
  commentsByAuthor: Storage['commentsByAuthor'] = (...a) => this.comments.commentsByAuthor(...a);
  recentTextsByAuthor: Storage['recentTextsByAuthor'] = (...a) => this.comments.recentTextsByAuthor(...a);
  transition: Storage['transition'] = (...a) => this.comments.transition(...a);
  eraseNotes: Storage['eraseNotes'] = (...a) => this.comments.eraseNotes(...a);
  forget: Storage['forget'] = (...a) => this.comments.forget(...a);
  purge: Storage['purge'] = (...a) => this.comments.purge(...a);
  commentsByTokenHash: Storage['commentsByTokenHash'] = (...a) => this.comments.commentsByTokenHash(...a);
  // Articles
  getArticle: Storage['getArticle'] = (...a) => this.articles.getArticle(...a);
  putArticleSettings: Storage['putArticleSettings'] = (...a) => this.articles.putArticleSettings(...a);
  countApproved: Storage['countApproved'] = (...a) => this.articles.countApproved(...a);
  // Authors
  getAuthor: Storage['getAuthor'] = (...a) => this.authors.getAuthor(...a);
  getAuthors: Storage['getAuthors'] = (...a) => this.authors.getAuthors(...a);
  setBan: Storage['setBan'] = (...a) => this.authors.setBan(...a);
  liftBan: Storage['liftBan'] = (...a) => this.authors.liftBan(...a);
  setNetworkBan: Storage['setNetworkBan'] = (...a) => this.authors.setNetworkBan(...a);
  // Moderation queues
  listQueue: Storage['listQueue'] = (...a) => this.queues.listQueue(...a);
  oldestIn: Storage['oldestIn'] = (...a) => this.queues.oldestIn(...a);
  queueSizes: Storage['queueSizes'] = (...a) => this.queues.queueSizes(...a);
  // Idempotency
  claimIdempotencyKey: Storage['claimIdempotencyKey'] = (...a) => this.idempotency.claimIdempotencyKey(...a);
  releaseIdempotencyKey: Storage['releaseIdempotencyKey'] = (...a) =>
    this.idempotency.releaseIdempotencyKey(...a);
  getIdempotencyRecord: Storage['getIdempotencyRecord'] = (...a) =>
    this.idempotency.getIdempotencyRecord(...a);
  // Rate limits
  requestsThisMinute: Storage['requestsThisMinute'] = (...a) => this.rateLimits.requestsThisMinute(...a);
  hitRateLimit: Storage['hitRateLimit'] = (...a) => this.rateLimits.hitRateLimit(...a);
  releaseRateLimit: Storage['releaseRateLimit'] = (...a) => this.rateLimits.releaseRateLimit(...a);
  recentRequests: Storage['recentRequests'] = (...a) => this.rateLimits.recentRequests(...a);
  // Copied-text records
  textRecord: Storage['textRecord'] = (...a) => this.texts.textRecord(...a);
  noteText: Storage['noteText'] = (...a) => this.texts.noteText(...a);
  markText: Storage['markText'] = (...a) => this.texts.markText(...a);
  // Flags, audit, decision statistics, the POST context
  addFlag: Storage['addFlag'] = (...a) => this.flags.addFlag(...a);
  // Trusted flaggers
  createTrustedFlagger: Storage['createTrustedFlagger'] = (...a) => this.flaggers.createTrustedFlagger(...a);
  getTrustedFlagger: Storage['getTrustedFlagger'] = (...a) => this.flaggers.getTrustedFlagger(...a);
  listTrustedFlaggers: Storage['listTrustedFlaggers'] = () => this.flaggers.listTrustedFlaggers();
  trustedFlaggerByTokenHash: Storage['trustedFlaggerByTokenHash'] = (...a) =>
    this.flaggers.trustedFlaggerByTokenHash(...a);
  revokeTrustedFlagger: Storage['revokeTrustedFlagger'] = (...a) => this.flaggers.revokeTrustedFlagger(...a);
  // Notices of illegal content
  createNotice: Storage['createNotice'] = (...a) => this.notices.createNotice(...a);
  noticeSentBy: Storage['noticeSentBy'] = (...a) => this.notices.noticeSentBy(...a);
  getNotice: Storage['getNotice'] = (...a) => this.notices.getNotice(...a);
  listOpenNotices: Storage['listOpenNotices'] = (...a) => this.notices.listOpenNotices(...a);
  countOpenNotices: Storage['countOpenNotices'] = () => this.notices.countOpenNotices();
  decideNotice: Storage['decideNotice'] = (...a) => this.notices.decideNotice(...a);
  // Appeals against decisions
  createAppeal: Storage['createAppeal'] = (...a) => this.appeals.createAppeal(...a);
  getAppeal: Storage['getAppeal'] = (...a) => this.appeals.getAppeal(...a);
  authorAppeals: Storage['authorAppeals'] = (...a) => this.appeals.authorAppeals(...a);
  noticeAppeal: Storage['noticeAppeal'] = (...a) => this.appeals.noticeAppeal(...a);
  listOpenAppeals: Storage['listOpenAppeals'] = (...a) => this.appeals.listOpenAppeals(...a);
  countOpenAppeals: Storage['countOpenAppeals'] = () => this.appeals.countOpenAppeals();
  decideAppeal: Storage['decideAppeal'] = (...a) => this.appeals.decideAppeal(...a);
  eraseAuthorAppeals: Storage['eraseAuthorAppeals'] = (...a) => this.appeals.eraseAuthorAppeals(...a);
  // Repeat abuse: people's records and suspension proposals
  getAbuseRecord: Storage['getAbuseRecord'] = (...a) => this.suspensions.getAbuseRecord(...a);
  getAbuseRecords: Storage['getAbuseRecords'] = (...a) => this.suspensions.getAbuseRecords(...a);
  getSuspension: Storage['getSuspension'] = (...a) => this.suspensions.getSuspension(...a);
  listOpenSuspensions: Storage['listOpenSuspensions'] = (...a) => this.suspensions.listOpenSuspensions(...a);
  countOpenSuspensions: Storage['countOpenSuspensions'] = () => this.suspensions.countOpenSuspensions();
  suspensionEvents: Storage['suspensionEvents'] = (...a) => this.suspensions.suspensionEvents(...a);
  decideSuspension: Storage['decideSuspension'] = (...a) => this.suspensions.decideSuspension(...a);
  appendAudit: Storage['appendAudit'] = (...a) => this.audit.appendAudit(...a);
  appendAuthorFact: Storage['appendAuthorFact'] = (...a) => this.audit.appendAuthorFact(...a);
  eventsAt: Storage['eventsAt'] = (...a) => this.audit.eventsAt(...a);
  history: Storage['history'] = (...a) => this.audit.history(...a);
  decisionStatsBetween: Storage['decisionStatsBetween'] = (...a) =>
    this.decisionStats.decisionStatsBetween(...a);
  // The transparency report and the statements of reasons export
  transparencyDays: Storage['transparencyDays'] = (...a) => this.transparency.transparencyDays(...a);
  statementEntries: Storage['statementEntries'] = (...a) => this.transparency.statementEntries(...a);
  getPostContext: Storage['getPostContext'] = (...a) => this.postContext.getPostContext(...a);
  getStanding: Storage['getStanding'] = (...a) => this.postContext.getStanding(...a);
  // The e-mail look-up of an erasure request (a bounded Scan)
  commentsWithEmailHash: Storage['commentsWithEmailHash'] = (...a) =>
    this.emailSearch.commentsWithEmailHash(...a);
}
