/**
 * vitest setupFile of the projects on the run's DynamoDB Local, whose files share worker processes: before
 * each test file, what it would have had in a process of its own.
 *
 * A fresh id clock (`resetIdClock`): ids never go back in time within a process, so after a file that
 * moved the clock ahead (fake timers, a sweeper run a year later) the next file's ids would be dated ahead
 * too, and a query by posting time would miss its comments.
 *
 * A database of its own: the local clients (local/aws.ts) and the handlers' environment get an access
 * key of the file's own, and the run's DynamoDB Local runs without -sharedDb, so that is a database of
 * the file's own. DynamoDB Local keeps every stream record of a database, also of deleted tables, and
 * what each request costs it grows with their number: with one database for the whole run, a request
 * late in the run cost several times what it cost at the start (measured: 300 PutItem and 300 GetItem
 * after 33,000 stream records cost ~20 times their CPU on an empty database), and so did Java's share of
 * the run's CPU. The files of a worker run one after the other, so one key at a time is enough.
 */
import { randomBytes } from 'node:crypto';
import { useLocalAccessKey } from '../../local/aws';
import { resetIdClock } from '../../shared/ids';

resetIdClock();
useLocalAccessKey(`parleytest${randomBytes(6).toString('hex')}`);
