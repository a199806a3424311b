// The stems word use counts under with "stem" on (the Porter algorithm), for the classic
// examples of Porter's paper and the words of interview transcripts: the key each word is
// counted under, and forms of one word counted together.
import { describe, expect, it } from 'vitest';
import { wordFrequency } from './word-frequency.ts';

const OPTIONS = { stem: true, stopWords: null, minLength: 1, limit: 1000 };

// The key wordFrequency counts one word under.
function stemKey(word: string): string | undefined {
  return wordFrequency([{ sourceId: 1, text: word }], OPTIONS).words[0]?.key;
}

const STEMS: readonly (readonly [word: string, stem: string])[] = [
  // Porter (1980), the examples of each step
  ['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['caress', 'caress'], ['cats', 'cat'], ['feed', 'feed'],
  ['agreed', 'agre'], ['plastered', 'plaster'], ['motoring', 'motor'], ['sing', 'sing'], ['conflated', 'conflat'],
  ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'], ['tanned', 'tan'], ['falling', 'fall'], ['hissing', 'hiss'],
  ['fizzed', 'fizz'], ['failing', 'fail'], ['filing', 'file'], ['happy', 'happi'], ['sky', 'sky'], ['relational', 'relat'],
  ['conditional', 'condit'], ['rational', 'ration'], ['digitizer', 'digit'], ['operator', 'oper'], ['feudalism', 'feudal'],
  ['decisiveness', 'decis'], ['hopefulness', 'hope'], ['callousness', 'callous'], ['triplicate', 'triplic'],
  ['formative', 'form'], ['formalize', 'formal'], ['electrical', 'electr'], ['hopeful', 'hope'], ['goodness', 'good'],
  ['revival', 'reviv'], ['allowance', 'allow'], ['inference', 'infer'], ['airliner', 'airlin'], ['gyroscopic', 'gyroscop'],
  ['adjustable', 'adjust'], ['defensible', 'defens'], ['irritant', 'irrit'], ['replacement', 'replac'],
  ['adjustment', 'adjust'], ['dependent', 'depend'], ['adoption', 'adopt'], ['communism', 'commun'], ['activate', 'activ'],
  ['homologous', 'homolog'], ['effective', 'effect'], ['bowdlerize', 'bowdler'], ['probate', 'probat'], ['rate', 'rate'],
  ['cease', 'ceas'], ['roll', 'roll'], ['generalizations', 'gener'], ['oscillators', 'oscil'],
  // the words of transcripts and reports
  ['abandoned', 'abandon'], ['abilities', 'abil'], ['absolutely', 'absolut'], ['accordingly', 'accordingli'],
  ['activities', 'activ'], ['agreement', 'agreement'], ['analysis', 'analysi'], ['analysed', 'analys'], ['arguing', 'argu'],
  ['argued', 'argu'], ['beautiful', 'beauti'], ['carefully', 'carefulli'], ['colleagues', 'colleagu'],
  ['communities', 'commun'], ['community', 'commun'], ['connected', 'connect'], ['connecting', 'connect'],
  ['connections', 'connect'], ['consistency', 'consist'], ['consistent', 'consist'], ['coordinator', 'coordin'],
  ['decision', 'decis'], ['development', 'develop'], ['developing', 'develop'], ['differently', 'differ'],
  ['discussion', 'discuss'], ['effectiveness', 'effect'], ['emotional', 'emot'], ['encouragement', 'encourag'],
  ['engagement', 'engag'], ['evaluation', 'evalu'], ['experience', 'experi'], ['experienced', 'experienc'],
  ['feelings', 'feel'], ['happiness', 'happi'], ['identified', 'identifi'], ['identity', 'ident'], ['importance', 'import'],
  ['individually', 'individu'], ['interviewing', 'interview'], ['knowledge', 'knowledg'], ['learners', 'learner'],
  ['meetings', 'meet'], ['mentoring', 'mentor'], ['motivation', 'motiv'], ['observations', 'observ'],
  ['organisation', 'organis'], ['participants', 'particip'], ['participation', 'particip'], ['planning', 'plan'],
  ['professional', 'profession'], ['qualitative', 'qualit'], ['reflective', 'reflect'], ['relationships', 'relationship'],
  ['relativity', 'rel'], ['responsibilities', 'respons'], ['running', 'run'], ['sensitivity', 'sensit'], ['sharing', 'share'],
  ['supportive', 'support'], ['tensions', 'tension'], ['understanding', 'understand'], ['university', 'univers'],
  ['valuable', 'valuabl'],
  // left as they are: short words, capitals folded first, words with an apostrophe or digits
  ['is', 'is'], ['Teaching', 'teach'], ["don't", "don't"], ['covid19', 'covid19'],
];

describe('word-use stems', () => {
  it.each(STEMS)('counts %s under %s', (word, stem) => {
    expect(stemKey(word)).toBe(stem);
  });

  it('counts the forms of one word together, listing each form written', () => {
    const result = wordFrequency([{ sourceId: 1, text: 'connect connected connecting connection connections' }], OPTIONS);
    expect(result.words).toEqual([{ key: 'connect', display: 'connect', count: 5, sources: 1, forms: ['connect', 'connected', 'connecting', 'connection', 'connections'] }]);
  });
});
