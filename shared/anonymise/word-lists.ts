// Small word lists the register uses: titles before a surname, particles of surnames,
// first names that are also ordinary English words (matched case-sensitively), common
// short forms of first names, and generic words of organisation names.

// Titles that are taken into a match when they stand before a person's name ("Mrs Okafor").
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord', 'rev', 'revd', 'reverend', 'fr', 'father', 'sister', 'brother', 'cllr', 'councillor', 'dean', 'principal',
]);

// Lower-case particles that belong to a surname ("van der Berg", "de Souza", "bin Rashid").
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'le', 'la', 'ter', 'ten', 'bin', 'bint', 'al', 'el', 'ap', 'ibn', 'st', 'dos', 'das']);

// Names that are also ordinary words: matched only as written (capitalised or all capitals).
export const ORDINARY_WORD_NAMES: ReadonlySet<string> = new Set([
  'will', 'grace', 'hope', 'faith', 'joy', 'rose', 'mark', 'bill', 'may', 'june', 'april', 'august', 'frank', 'drew', 'summer', 'hunter', 'baker', 'cook', 'mason', 'bishop', 'page', 'young', 'long',
  'brown', 'white', 'green', 'black', 'grey', 'gray', 'hill', 'wood', 'wells', 'bell', 'rich', 'guy', 'pat', 'ray', 'sky', 'dawn', 'amber', 'ruby', 'jack', 'sue', 'don', 'carol', 'art', 'chase', 'miles',
  'sandy', 'holly', 'ivy', 'iris', 'violet', 'daisy', 'heather', 'lily', 'pearl', 'penny', 'robin', 'jay', 'hale', 'moss', 'fox', 'lamb', 'king', 'law', 'rule', 'best', 'ward', 'hall', 'church', 'street',
  'marsh', 'banks', 'field', 'fields', 'lane', 'cross', 'stone', 'rivers', 'ford', 'price', 'cash', 'hart', 'bond', 'sharp', 'short', 'strong', 'power', 'wise', 'noble', 'bright', 'golden', 'free', 'love',
  'constance', 'prudence', 'patience', 'charity', 'honor', 'honour', 'major', 'marshal', 'carter', 'porter', 'turner', 'walker', 'fisher', 'miller', 'taylor', 'hunt', 'house', 'little', 'good', 'sterling',
  'gold', 'silver', 'north', 'south', 'west', 'east', 'winter', 'spring', 'autumn', 'day', 'knight', 'page', 'parker', 'archer', 'booth', 'brook', 'brooks', 'dale', 'glen', 'heath', 'lake', 'ash', 'oak',
  'reed', 'rush', 'swift', 'sweet', 'may', 'star', 'sunny', 'happy', 'bliss', 'harmony', 'melody', 'destiny', 'trinity', 'unity', 'justice', 'true', 'earnest', 'ernest',
]);

// Common short forms of first names ("Dave" for David); a rule's person gets these as variants.
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  abigail: ['abby', 'abi'], alexander: ['alex', 'sandy'], alexandra: ['alex', 'sandra'], andrew: ['andy', 'drew'], anthony: ['tony'], barbara: ['barb'], benjamin: ['ben'], beverley: ['bev'], beverly: ['bev'],
  catherine: ['cath', 'cathy', 'kate'], katherine: ['kath', 'kathy', 'kate', 'katie'], charles: ['charlie', 'chas'], charlotte: ['charlie', 'lottie'], christine: ['chris', 'chrissie'], christopher: ['chris'],
  claire: ['clare'], clare: ['claire'], daniel: ['dan', 'danny'], david: ['dave', 'davy'], deborah: ['deb', 'debbie'], edward: ['ed', 'eddie', 'ted'], elizabeth: ['liz', 'lizzie', 'beth', 'betty'],
  frederick: ['fred', 'freddie'], gareth: ['gaz'], gregory: ['greg'], helen: ['nell'], jacqueline: ['jackie'], james: ['jim', 'jimmy', 'jamie'], jennifer: ['jen', 'jenny'], joanne: ['jo', 'jo-anne'],
  jonathan: ['jon', 'jonny'], joseph: ['joe'], joshua: ['josh'], katharine: ['kate'], kenneth: ['ken', 'kenny'], lawrence: ['laurie', 'larry'], margaret: ['maggie', 'peggy', 'meg', 'marge'],
  matthew: ['matt'], michael: ['mike', 'mick', 'mickey'], nicholas: ['nick'], nicola: ['nicky', 'nikki'], patricia: ['pat', 'trish'], peter: ['pete'], philip: ['phil'], phillip: ['phil'],
  rachel: ['rach'], rebecca: ['becky', 'becca'], richard: ['rich', 'rick', 'dick'], robert: ['rob', 'bob', 'bobby', 'robbie'], samantha: ['sam'], samuel: ['sam'], stephen: ['steve'], steven: ['steve'],
  susan: ['sue', 'suzy'], suzanne: ['sue', 'suzy'], thomas: ['tom', 'tommy'], timothy: ['tim'], victoria: ['vicky', 'tori'], william: ['will', 'bill', 'billy', 'liam'], zachary: ['zach'],
  tom: ['tommy'], sam: ['sammy'],
};

// Generic words of organisation names; what is left is the short name people use ("Ashdown").
export const GENERIC_ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'for', 'in', 'at', 'college', 'colleges', 'centre', 'center', 'school', 'schools', 'university', 'academy', 'trust', 'council', 'associates', 'association', 'ltd', 'limited', 'plc',
  'group', 'services', 'service', 'learning', 'adult', 'community', 'education', 'institute', 'partnership', 'foundation', 'company', 'co', 'inc', 'llp', 'consulting', 'consultancy', 'evaluation',
  'further', 'higher', 'sixth', 'form', 'city', 'county', 'borough', 'district', 'training', 'skills', 'campus', 'network', 'agency', 'department', 'office', 'local', 'authority', 'national', 'regional',
]);
