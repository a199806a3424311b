// The English stop words word-use queries leave out by default (the researcher can edit
// the list per project). Function words, auxiliaries, pronouns and the fillers of spoken
// English that transcripts are full of ("um", "er", "yeah").

export const DEFAULT_STOP_WORDS: readonly string[] = [
  // articles, determiners, quantifiers
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'each', 'every', 'both', 'either', 'neither',
  'no', 'not', 'nor', 'few', 'more', 'most', 'much', 'many', 'other', 'another', 'such', 'own', 'same', 'several',
  // pronouns
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself', 'yourselves',
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'they', 'them', 'their', 'theirs',
  'themselves', 'one', 'ones', 'what', 'which', 'who', 'whom', 'whose', 'whatever', 'whoever', 'something', 'anything',
  'nothing', 'everything', 'someone', 'anyone', 'everyone',
  // auxiliaries and common verbs
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing',
  'done', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'get', 'got', 'gets',
  'getting', 'go', 'goes', 'going', 'gone', 'went',
  // contractions
  "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll", "he's", "he'd", "he'll", "she's", "she'd", "she'll",
  "it's", "it'd", "it'll", "we're", "we've", "we'd", "we'll", "they're", "they've", "they'd", "they'll", "that's",
  "there's", "here's", "what's", "who's", "where's", "how's", "let's", "isn't", "aren't", "wasn't", "weren't", "don't",
  "doesn't", "didn't", "haven't", "hasn't", "hadn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't",
  "mustn't", "shan't",
  // prepositions and conjunctions
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'about', 'against', 'between', 'into', 'through', 'during', 'before',
  'after', 'above', 'below', 'to', 'from', 'up', 'down', 'out', 'off', 'over', 'under', 'again', 'further', 'around',
  'within', 'without', 'across', 'along', 'towards', 'toward', 'upon', 'onto', 'via', 'and', 'but', 'or', 'if', 'because',
  'as', 'until', 'while', 'although', 'though', 'so', 'than', 'then', 'once', 'whether', 'since', 'unless',
  // adverbs and question words
  'here', 'there', 'when', 'where', 'why', 'how', 'very', 'too', 'just', 'only', 'also', 'even', 'still', 'now', 'ever',
  'never', 'always', 'often', 'quite', 'rather', 'really', 'actually', 'perhaps', 'maybe', 'yes', 'yet', 'already',
  'anyway', 'though', 'else', 'etc',
  // spoken fillers
  'um', 'umm', 'uh', 'er', 'erm', 'ah', 'oh', 'mm', 'mhm', 'hmm', 'yeah', 'yep', 'ok', 'okay', 'like', 'well', 'sort',
  'kind', 'mean', 'know', 'think', 'guess', 'right', 'lot', 'bit', 'thing', 'things', 'say', 'said', 'says',
];

// Normalises a stop-word list the researcher typed: lower case, one word per entry, no repeats, sorted.
export function normaliseStopWords(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of words) {
    const w = raw.trim().toLowerCase().replace(/’/g, "'");
    if (w !== '' && w.length <= 60) out.add(w);
  }
  return [...out].sort();
}
