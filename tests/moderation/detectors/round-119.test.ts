/**
 * Round 119, from a red-team of what a strict filter wrongly refuses (`/work/audit63`) and the tuning batches
 * `dev126`/`dev127`: a photo's caption is no praise (`extremism-subjects.ts`), `zu Recht berichtet` approves of the
 * reporting, not of a quoted slur (`endorsed.ts`), and an execution reported — a Russian past plural, or a noun after
 * `о`/`about` — is no wish and no call (`history.ts`, read by the cue rules).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 119: what a strict filter wrongly refuses', () => {
  cases('publishes', 'approved', [
    'Petite précision : l’attentat de Nice a eu lieu le 14 juillet 2016, pas le 13 comme indiqué dans la légende de la photo.',
    '„Kanake“ ist eine rassistische Beleidigung. Dass ein Abgeordneter das Wort im Landtag benutzt, ist ein Skandal, über den ihr zu Recht berichtet.',
    'Esli chitat otchet Amnesty, to ubiistva v Baniyase – eto voennye prestupleniya, a ne "ekscessy". Tam rasstrelivali celye semi pryamo v domah.',
    'Полный доклад ООН о пытках военнопленных: https://www.ohchr.org/ru/ — там есть свидетельства о расстрелах сдавшихся.',
  ]);
  cases('still rejects a slur used', 'rejected', [
    'Du bist ein dreckiger Kanake, verschwinde aus unserem Land.',
  ]);
});
