// Figure and table captions, numbered once by the document: "Figure 2: After two rounds
// (Vice principal). The collective system..." - the diagram's title always, then the
// researcher's caption, without any number the researcher typed ("Figure 3: ...").
import { caption } from './docx-common.ts';
import type { Paragraph } from 'docx';

// A number typed at the start of a title or caption: "Figure 3: ", "Fig. 3 - ", "Table 2.".
const TYPED_NUMBER = /^\s*(?:figure|fig\.?|table|tab\.?)\s*\d+[a-z]?\s*(?:[:.\u2013\u2014-]\s*|\s+(?=\S))/i;

// The text without a figure or table number typed at its start.
export function withoutTypedNumber(text: string): string {
  let out = text.replace(/\s+/g, ' ').trim();
  while (TYPED_NUMBER.test(out)) out = out.replace(TYPED_NUMBER, '').trim();
  return out;
}

function sentence(text: string): string {
  return /[.!?:;]["'\u201d]?$/.test(text) ? text : `${text}.`;
}

// The words of a figure's caption after "Figure N: ".
export function figureCaptionWords(title: string, part: string | null, researcherCaption: string): string {
  const name = withoutTypedNumber(title) || 'Activity system';
  const head = part ? `${name} (${part})` : name;
  const extra = withoutTypedNumber(researcherCaption);
  if (!extra || extra.toLowerCase() === name.toLowerCase() || extra.toLowerCase() === head.toLowerCase()) return head;
  if (extra.toLowerCase().startsWith(name.toLowerCase())) return part ? `${extra} (${part})` : extra;
  return `${sentence(head)} ${extra}`;
}

// "Figure N: ..." in Word's Caption style, kept together on its page.
export function figureCaption(n: number, words: string): Paragraph {
  return caption(`Figure ${n}: ${words}`);
}

// "Table N: ..." in Word's Caption style, above its table and kept with it.
export function tableCaption(n: number, words: string): Paragraph {
  const text = withoutTypedNumber(words);
  return caption(`Table ${n}: ${text.charAt(0).toUpperCase()}${text.slice(1)}`, { keepNext: true });
}
