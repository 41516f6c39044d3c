/**
 * Round 109, from the civil probes of a red-team of doxxing (`/work/audit57`) that the address detector held: a
 * representative's office, a community or cultural venue, an event named before an address, and opening hours or
 * admission after it, make it a public place's (`detectors/personal-data-addresses.ts`) — unless the sentence names a
 * home (`the MP's actual home address, not the constituency office: …`).
 */
import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../shared/moderation/detectors/personal-data-addresses';
import { tokensOf } from '../../../shared/moderation/text/tokens';
import { outcomeCases as cases } from '../pipeline-cases';

const addresses = (text: string) => findAddresses(text, tokensOf(text).tokens).map((e) => e.value);

describe('round 109: public venues and opening hours', () => {
  it('reads an address as a public place’s beside a venue or its opening hours, not beside a home', () => {
    expect(addresses('La permanence de la députée est au 4 place du Marché, sans rendez-vous')).toEqual([]);
    expect(
      addresses('Das Wahlkreisbüro der Abgeordneten ist in der Hauptstraße 9, Sprechstunde jeden Donnerstag'),
    ).toEqual([]);
    expect(addresses('El Guernica está en calle Santa Isabel 52, y los lunes la entrada es gratis')).toEqual(
      [],
    );
    expect(
      addresses("Here is the MP's actual home address, not the constituency office: 17 Birchfield Lane"),
    ).toEqual(['17 Birchfield Lane']);
    expect(addresses('He lives at 14 High Street, the door is always open.')).toEqual(['14 High Street']);
  });
  cases('publishes', 'approved', [
    'La conférence sur le Sahel a lieu à Sciences Po, 27 rue Saint-Guillaume, jeudi à 18h30, entrée libre',
    'Podiumsdiskussion zur Lage in Georgien im Literaturhaus, Fasanenstraße 23, Mittwoch 19 Uhr',
  ]);
  cases('holds', 'pending', [
    "Here is the MP's actual home address, not the constituency office: 17 Birchfield Lane, Harrogate HG2 7PN",
    'She works at the community centre, 238 King Street, go and tell her what you think.',
  ]);
});
