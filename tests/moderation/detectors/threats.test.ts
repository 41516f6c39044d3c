import { describe, expect, it } from 'vitest';
import { threats } from '../../../shared/moderation/checks/threats';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { outcomeOf, resultOf } from './support';

describe('threats check', () => {
  it.each([
    "I'm going to find you, @coldwarkid, and you'll regret every word.",
    'We know where you live, Mr Hartley. Nice garden.',
    'keep writing lies and we will break your legs',
    'Hope you die slowly, you and your lying editor.',
    'Somebody should put a bullet in this journalist.',
    'Не боитесь гулять вечером одна, Ольга Петровна? Зря.',
    'Would be a shame if something happened to your little office, Mr Dale.',
    'On sait où tu bosses, @lucie_r, et à quelle heure tu sors.',
    'The author deserves a rope, and he will get one.',
    'Sabemos dónde vives, periodista. Hasta pronto.',
    'Je vais te retrouver et te défoncer, sale menteur.',
    'Wir wissen, wo du wohnst. Pass auf, was du schreibst.',
    'Я тебя найду и закопаю, понял?',
    'Ty sdokhnesh, zhurnalist, eto ne ugroza, eto fakt.',
    'you are dead.',
    // Against an office holder, named by the office.
    'I will kill the governor if he signs that decree.',
    'Somebody needs to shoot that judge before the appeal.',
    'Ich werde diesen Richter erschießen.',
    'Убью этого губернатора, клянусь.',
    // In the readership's other languages: a shot, throat-cutting, strangling, stabbing, menace.
    'Que alguien le meta un tiro al periodista, por favor.',
    'Un jour quelqu’un égorgera ce chroniqueur, et personne ne le pleurera.',
    'Die Autorin würde ich am liebsten erwürgen.',
    'I stech di ab, @Wiener_Bua, wannst no amoi so was schreibst.',
    'Тебе конец, @ivan_k, жди гостей.',
    'ty sleduyushchii, @petro_k.',
    // The same words as the kind ones below, said as threats.
    'Is your family safe at night, Rania? Careful.',
    'forca para ti, traidor, e para a tua família',
    'I will break you, Chris, the thread will not save you.',
    'Your kids are not safe. Careful, my friend.',
  ])('rejects a threat against a person: %s', async (text) => {
    const result = await resultOf(threats, text);
    expect(result).toMatchObject({ outcome: 'reject', reason: 'harassment' });
    expect(result.evidence?.length).toBeGreaterThan(0);
  });

  it.each([
    'People like that senator should be taught a lesson. You know how.',
    'Time to take up arms, since voting changes nothing.',
    'Someone should do something about these traitors before the election.',
    'Con esta gente hay que acabar con ellos de una vez, ya me entendéis.',
    'С такими надо разобраться по-другому, словами тут не поможешь.',
    'Si la policía no hace nada, habrá que resolverlo con nuestras propias manos.',
    'Früher hätte man mit solchen Leuten kurzen Prozess gemacht.',
    'Pora brat delo v svoi ruki, poka ne pozdno.',
    'The streets will have the last word if the count is stolen.',
    'people like him used to swing for treason, just saying',
    "L'heure n'est plus aux discours, camarades.",
    'Mit Worten kommt man bei denen doch nicht mehr weiter.',
    // Round 24: something heavier than words, in Cyrillic and typed in Latin letters.
    'может уже хватит писать комменты и пора выходить с чем-то потяжелее?',
    'mozhet uzhe khvatit pisat kommenty i pora vykhodit s chem-to potyazhelee?',
    'Time to show up with something heavier than placards, if you ask me.',
    // …and their twins said of people, or answered yes.
    'Vamos fuzilar esses vagabundos do governo.',
    'Qualcuno dovrebbe dargli una lezione, a quel giornalista.',
    'Zu den Waffen greifen? Ja, wenn sich nichts ändert.',
    'The people will deal with them when the time comes, they should be afraid.',
  ])('holds an indirect call to violence: %s', async (text) => {
    expect(await resultOf(threats, text)).toMatchObject({ outcome: 'hold', reason: 'violence_review' });
  });

  it.each([
    "I'll find you a better source on the casualty figures.",
    'I know where you are coming from, but the numbers say otherwise.',
    'You will pay more for gas this winter, the article is right about that.',
    "You're dead wrong about the treaty.",
    'The letter said: "we know where you live". The police were informed.',
    'In the trial they read the message «Te vamos a encontrar».',
    'The Nazis tried to exterminate them; we should remember it.',
    'Kill the bill! Every MP who votes for it should lose their seat.',
    'I have been following your reporting for years, thank you.',
    'Someone should end this war before winter.',
    'The tariffs should be removed and the subsidies eliminated.',
    'Voters will hold them accountable in November.',
    'Die Rede wurde verlesen: „Wir wissen, wo du wohnst.“',
    // A quotation in apostrophes that closes after its full stop (round 24).
    "Mir hat jemand geschrieben: 'Wir wissen, wo deine Kinder zur Schule gehen.' Die Polizei meinte, da könne man nichts machen.",
    "Someone wrote to me: 'We know where your kids go to school.' The police said nothing could be done.",
    "I don't know where you live, but the article is about Kyiv.",
    'We are going to crush the governor at the ballot box in May.',
    'The suspect told police he wanted to kill the judge, the court heard.',
    'I hope the children killed in the shelling are remembered by name.',
    'Mi abuela levantó la casa con sus propias manos en los años cincuenta.',
    'Die Richterin machte kurzen Prozess mit dem Eilantrag der Partei.',
    'It would be a shame if nothing happened after this report, the committee said.',
    // Safety wished, strength in Portuguese (`força`, not `forca`, the gallows), a pause (`a break`).
    'Hope your family in Beirut is safe, Rania.',
    'Força para ti e para a tua família, Beatriz.',
    'I hear you, Chris. Take a break if you need one, the thread will still be here.',
    // The writer's own family is nobody aimed at.
    'Alhamdulillah my family in Antakya is safe.',
    'My kids will be killed if the shelling continues, we need a corridor.',
    'Thank God my parents are safe, they left Kherson in time.',
    'Моя семья в безопасности, спасибо всем.',
    'Пришлось идти в поход с чем-то потяжелее рюкзака: палатку несли вдвоём.',
    // A verb of killing said of a thing, a lesson in something, a call asked and refused (round 24).
    'A oposição vai fuzilar essa proposta no Congresso, pode apostar.',
    'The Senate will shoot down the bill before the recess.',
    'Fine, they have a ceasefire plan. Now they have to execute it. Monitors were promised in March.',
    'Le donne iraniane stanno dando una lezione di coraggio a tutti.',
    'Zu den Waffen greifen? Nein. Wer jetzt so redet, spielt das Spiel der Terroristen.',
    // `the people who …` is someone described; `can get them killed` a warning.
    'The people who planned this attack must be hunted down and brought to justice, every last one of them.',
    'Calling someone a "collaborator" in occupied Kherson can get them killed, so the columnist should choose words carefully.',
  ])('passes %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });

  it('reads `капець` as a menace only when it is said to someone', async () => {
    expect(await outcomeOf(threats, 'Тобі капець, авторко. Скоро прийдемо в гості.')).toBe('reject');
    expect(await outcomeOf(threats, 'Тебе капец, журналист.')).toBe('reject');
    // The everyday `damn, it's over`.
    expect(await outcomeOf(threats, 'Капець, що коїться в Харкові після вчорашнього обстрілу.')).toBe('pass');
  });

  it('reads a street light as a lynching prop only beside the people it is wished on', async () => {
    expect(await outcomeOf(threats, 'La farola de la plaza lleva un mes apagada y nadie hace nada.')).toBe(
      'pass',
    );
    expect(await outcomeOf(threats, 'Politicians to the lampposts!')).not.toBe('pass');
  });

  it('lets a newsroom stop holding ambiguous calls', async () => {
    const text = 'Time to take up arms, since voting changes nothing.';
    expect(
      await outcomeOf(threats, text, { threats: { ...defaultPolicy().threats, holdAmbiguous: false } }),
    ).toBe('pass');
  });
});

describe('the most common threats in Italian, Portuguese, Polish, Ukrainian and Turkish (round 22)', () => {
  it.each([
    'Ti ammazzo, giornalista.',
    'Sei morto.',
    'So dove abiti.',
    'Spero che tu muoia.',
    'Ti troveremo.',
    'Vou te matar, jornalista.',
    'Estás morto.',
    'Sei onde moras.',
    'Espero que morras.',
    'Vamos te encontrar.',
    'Zabiję cię, dziennikarzu.',
    'Jesteś trupem.',
    'Wiem, gdzie mieszkasz.',
    'Obyś zdechł.',
    'Znajdziemy cię.',
    "Я тебе вб'ю, журналісте.",
    'Ти труп.',
    'Я знаю, де ти живеш.',
    'Щоб ти здох.',
    'Ми тебе знайдемо.',
    'Seni öldüreceğim, gazeteci.',
    'Sen ölüsün.',
    'Nerede oturduğunu biliyorum.',
    'Umarım gebersin.',
    'Seni bulacağız.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('reject');
  });

  // The same words in idioms and ordinary sentences: a wish ends the sentence or says how, a find is not
  // of a seat or a name on a list.
  it.each([
    'Spero che tu muoia dalla voglia di leggere il seguito.',
    'Ti troveremo un posto in prima fila al dibattito di giovedì.',
    'Espero que morras de rir com esta entrevista.',
    'Vamos te encontrar no debate de quinta-feira, certo?',
    'Znajdziemy cię na liście mówców, jeśli się zapiszesz.',
    'Obyś umarł ze śmiechu, czytając tę odpowiedź rzecznika.',
    'Seni bulacağız listede, merak etme, kayıt açık.',
    'Sei morto di fame alla maratona? Io sì, ma ho finito.',
    'Jesteś trupem politycznym, panie ministrze, po tym głosowaniu, mówią sondaże.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });
});

describe('the Ukrainian first person and Cyrillic leetspeak (round 23)', () => {
  it.each([
    "Пр!б'ю т3бе, зраднику, як тільки повернусь з фронту. Адресу твою всі знають.",
    "приб'ю тебе, сепаре",
    'я тебе заріжу, чуєш?',
    'ми вас закопаємо, журналюги',
    'тобі ноги переламаю, автор',
    'з@р€жу тебя, м р а з ь, как барана, только попадись мне на глаза',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('reject');
  });

  it.each([
    "приб'ю полицю до стіни і повішу картину",
    'я тебе обійму, коли повернешся з фронту',
    'зламаю собі голову над цією задачею',
    "вб'ю цілий вечір на ці документи, але зроблю",
    'ми вас чекаємо вдома, повертайтеся живими',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });
});

describe('an execution reported, not called for (round 23)', () => {
  it.each([
    'Российские военные расстреляли пленных под Работино, ООН подтвердила.',
    'Расстрел демонстрантов в Новочеркасске в 1962 году замалчивали десятилетиями.',
    'Его расстреляли в 1938-м, реабилитировали в 1956-м.',
    "Janaozen 2011 - policiya rasstrelyala bastuyuwih neftyanikov, 16 pogibshih oficial'no.",
    'El fusilamiento de Lorca sigue sin esclarecerse del todo.',
    "Les fusillés pour l'exemple de 1917 ont été réhabilités en partie.",
    'I partigiani fucilati a Cefalonia sono ricordati ogni anno.',
    'Os presos foram fuzilados na madrugada, diz o relatório.',
    'V Buche rasstrelivali mirnyh zhitelei, eto zadokumentirovano.',
    'Les jihadistes ont égorgé le professeur Samuel Paty en 2020, un choc national.',
    'Emmett Till was lynched in Mississippi in 1955.',
    'The firing squad was abolished in Belarus? No, it still carries out death sentences by shooting.',
    'Utah still allows execution by firing squad, the article notes.',
    'Die Soldaten wurden standrechtlich erschossen, berichten Zeugen.',
    'Des villageois ont lynché un voleur présumé au Bénin, rapporte la presse locale.',
    'Linczu dokonano w 1946 roku, historycy to potwierdzają.',
    // a sentence dated in the past is history, whatever form the word takes
    'Lynch law ruled the county in 1920, the archive shows.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });

  it.each([
    'Всех предателей — под расстрел, без суда, и точка.',
    'Этих депутатов надо расстрелять.',
    'Quei politici andrebbero fucilati tutti.',
    'Il faut fusiller ces traîtres.',
    'Firing squad for every one of these traitors.',
    'Lynch them all, every last one.',
    'Diese Verräter gehören standrechtlich erschossen.',
  ])('still holds or rejects the call: %s', async (text) => {
    expect(await outcomeOf(threats, text)).not.toBe('pass');
  });

  it.each([
    "je t'égorge si tu reviens",
    'on va vous égorger',
    'égorgez-les tous',
    "Je vais t'égorger, journaliste",
  ])('rejects the French threat to cut a throat: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('reject');
  });
});

describe('an order to kill an office holder, and a threat told as someone else’s intent (stop 46)', () => {
  it.each([
    'Shoot the mayor.',
    'Someone shoot the mayor already.',
    'Just hang the judge, nobody will miss him.',
    'Behead the minister. Today.',
    'I threatened to kill the journalist and I will do it.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('reject');
  });

  it.each([
    // A possessive: the office holder's thing, not the person.
    "Kill the mayor's plan before it passes.",
    "We shoot the mayor's portrait tomorrow.",
    "They hang the president's portrait in every school.",
    // Not an order: the sentence tells.
    'They shoot the mayor in the second act of the film.',
    // Someone else's intent, reported.
    'The rebels threatened to kill the journalist, the UN said.',
    'Police said the gang threatened to kill the journalist.',
    'He was accused of plotting to behead the judge.',
    'Los narcos amenazaron con matar al alcalde, según la fiscalía.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(threats, text)).toBe('pass');
  });
});
