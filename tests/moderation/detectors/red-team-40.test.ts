/**
 * A red-team of the mechanical categories (round 40, `/work/audit24`: spam, links, personal data, shouting,
 * floods): coins sent to be returned doubled, an escort service with a phone, a passport number posted, the German
 * council read as the animal, a scam warning that tells readers to report it; with civil twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('coins returned doubled, an escort service with a phone', () => {
  cases('rejects', 'rejected', [
    'Send 0.05 BTC to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq and get 0.1 BTC back, official summit giveaway.',
    'Tolle Analyse. Schickt USDT an 0x8ba1f109551bD432803012645Ac136ddd64DBA72, ich verdopple jede Einzahlung.',
    'Discreet escort services in Vienna during the OSCE meeting, call 0664 123 45 67.',
  ]);
  cases('publishes', 'approved', [
    'Ukraine’s government took crypto donations in 2022; the wallets were published on its official site.',
    'Two ministers resigned over the escort agency affair in 2019.',
  ]);
});

describe('a passport number posted with whose it is', () => {
  cases('holds', 'pending', [
    'Here is the passport number of that so-called activist: 584920317. Spread it.',
  ]);
  cases('publishes', 'approved', ['The passport number format changed in 2019, so old ones still work.']);
});

describe('the German council and advice', () => {
  cases('publishes', 'approved', [
    '@leser_hamburg Sie verwechseln den Europarat mit dem Europäischen Rat, das sind verschiedene Institutionen.',
    'Der Rat der EU hat die Sanktionen gestern verlängert.',
  ]);
});

describe('a scam warning that tells readers to report it', () => {
  cases('publishes', 'approved', [
    'Si alguien os escribe por WhatsApp ofreciendo inversiones con rentabilidad garantizada, denunciadlo a la policía.',
  ]);
});
