import { Aws, Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { DeploymentRefusal } from '../refusal';

/** Group names the moderator handlers check in the token's `cognito:groups` claim (docs/deploy.md, "The first moderator"). */
export const MODERATOR_GROUPS = { moderators: 'moderators', admins: 'admins' } as const;

export interface ModeratorIdentityProps {
  /**
   * An existing user pool to use instead of creating one. Its `moderators` and `admins` groups must exist
   * (they are created only in a pool this construct creates), and it must be in the stack's region.
   * @default - a new user pool
   */
  readonly userPool?: cognito.IUserPool;
  /**
   * The app client whose tokens the API accepts. With an imported pool and no client, a client is added to it.
   * @default - a new public client (no secret) using the authorization code grant with PKCE
   */
  readonly userPoolClient?: cognito.IUserPoolClient;
  /**
   * Where the moderator console is served: the OAuth callback and sign-out URL of the client.
   * @default - none; required when the client is created here
   */
  readonly consoleUrl?: string;
  /**
   * Other places the console is served from (the construct's web hosting beside a console of your own):
   * callback and sign-out URLs of the client too.
   * @default - none
   */
  readonly otherConsoleUrls?: readonly string[];
  /**
   * Prefix of the Cognito hosted-UI domain (`<prefix>.auth.<region>.amazoncognito.com`), unique per region.
   * Only used when the pool is created here.
   * @default - `parley-<hash of the construct path>-<account id>`
   */
  readonly domainPrefix?: string;
  readonly removalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
}

/**
 * Who may call moderator routes: a Cognito user pool (created or imported), the `moderators` and `admins`
 * groups, and the console's app client. The HTTP API's JWT authorizer trusts this pool as issuer and this
 * client as audience.
 */
export class ModeratorIdentity extends Construct {
  public readonly userPool: cognito.IUserPool;
  public readonly userPoolClient: cognito.IUserPoolClient;
  /** The hosted-UI domain, when the pool was created here. */
  public readonly domain?: cognito.UserPoolDomain;
  /** The hosted-UI sign-in URL that returns to the console, when the domain and client were created here. */
  public readonly consoleSignInUrl?: string;

  constructor(scope: Construct, id: string, props: ModeratorIdentityProps) {
    super(scope, id);
    if (props.userPool) {
      this.userPool = props.userPool;
    } else {
      const pool = new cognito.UserPool(this, 'UserPool', {
        // Moderators are invited by an admin; nobody signs themselves up.
        selfSignUpEnabled: false,
        signInAliases: { email: true },
        autoVerify: { email: true },
        accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
        // Moderator accounts can ban people and see personal data: a second factor is not optional.
        mfa: cognito.Mfa.REQUIRED,
        mfaSecondFactor: { otp: true, sms: false },
        passwordPolicy: {
          minLength: 12,
          requireLowercase: true,
          requireUppercase: true,
          requireDigits: true,
          requireSymbols: true,
          tempPasswordValidity: Duration.days(3),
        },
        // Plus adds compromised-credential and adaptive-risk checks; billed per monthly active user,
        // which for a handful of moderators is cents.
        featurePlan: cognito.FeaturePlan.PLUS,
        standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
        deletionProtection: props.deletionProtection,
        removalPolicy: props.removalPolicy,
      });
      for (const [key, groupName] of Object.entries(MODERATOR_GROUPS)) {
        pool.addGroup(`${key}Group`, { groupName, description: `Parley ${groupName}` });
      }
      this.userPool = pool;
      this.domain = pool.addDomain('HostedUi', {
        cognitoDomain: {
          // Domain prefixes are global per region; the account id keeps two accounts deploying this app apart.
          domainPrefix: props.domainPrefix ?? `parley-${this.node.addr.slice(2, 12)}-${Aws.ACCOUNT_ID}`,
        },
      });
    }

    if (props.userPoolClient) {
      this.userPoolClient = props.userPoolClient;
    } else {
      if (props.consoleUrl === undefined) {
        throw new DeploymentRefusal(
          `${this.node.path}: consoleUrl is required to create the console's app client`,
        );
      }
      const client = this.userPool.addClient('ConsoleClient', {
        // A browser app cannot keep a secret: public client, authorization code grant with PKCE.
        generateSecret: false,
        // The console signs in through the hosted UI (authorization code with PKCE, web/console/auth.ts) and
        // refreshes at the token endpoint; nothing signs in with SRP or a password through the API, so only
        // refresh is allowed (CDK adds ALLOW_REFRESH_TOKEN_AUTH to any explicit list).
        authFlows: { userSrp: false },
        oAuth: {
          flows: { authorizationCodeGrant: true },
          scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
          callbackUrls: [props.consoleUrl, ...(props.otherConsoleUrls ?? [])],
          logoutUrls: [props.consoleUrl, ...(props.otherConsoleUrls ?? [])],
        },
        supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
        preventUserExistenceErrors: true,
        enableTokenRevocation: true,
        accessTokenValidity: Duration.hours(1),
        idTokenValidity: Duration.hours(1),
        refreshTokenValidity: Duration.hours(12),
      });
      this.userPoolClient = client;
      if (this.domain) {
        this.consoleSignInUrl = this.domain.signInUrl(client, { redirectUri: props.consoleUrl });
      }
    }
  }
}
