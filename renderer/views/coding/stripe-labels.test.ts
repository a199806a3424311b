// The names beside a turn's stripes: each at its stripe's top, pushed down below the one
// before when they would overlap, in order of the stripes and then lanes; the names a stripe
// goes by (split by coder or not); and what a screen reader is told a turn is coded at.
import { describe, expect, it } from 'vitest';
import { LABEL_HEIGHT, describeTurnCoding, placeLabels, stripeNames } from './stripe-labels.ts';

describe('placing the stripes’ names', () => {
  it('puts each name level with its stripe when there is room', () => {
    const { labels, bottom } = placeLabels([[{ top: 0, height: 40 }], [{ top: 60, height: 20 }]]);
    expect(labels).toEqual([
      { column: 0, box: 0, top: 0 },
      { column: 1, box: 0, top: 60 },
    ]);
    expect(bottom).toBe(60 + LABEL_HEIGHT);
  });

  it('stacks names of stripes that start together, lane by lane, 2 px apart', () => {
    const { labels, bottom } = placeLabels([[{ top: 24, height: 40 }], [{ top: 24, height: 40 }], [{ top: 30, height: 10 }]]);
    expect(labels.map((l) => [l.column, l.top])).toEqual([
      [0, 24],
      [1, 42],
      [2, 60],
    ]);
    expect(bottom).toBe(76);
  });

  it('orders by the stripes’ tops, not by lanes, and names every stripe of a lane', () => {
    const { labels } = placeLabels([
      [
        { top: 80, height: 10 },
        { top: 0, height: 10 },
      ],
      [{ top: 40, height: 10 }],
    ]);
    expect(labels).toEqual([
      { column: 0, box: 1, top: 0 },
      { column: 1, box: 0, top: 40 },
      { column: 0, box: 0, top: 80 },
    ]);
  });

  it('needs no room for no stripes', () => {
    expect(placeLabels([])).toEqual({ labels: [], bottom: 0 });
    expect(placeLabels([[], []])).toEqual({ labels: [], bottom: 0 });
  });
});

describe('the names of a stripe and of a turn’s coding', () => {
  const node = { name: 'Who set the agenda', path: 'Q5 Rules and agenda/Who set the agenda' };

  it('writes the node’s own name beside the stripe and its path in full elsewhere', () => {
    expect(stripeNames(node)).toEqual({ short: 'Who set the agenda', full: 'Q5 Rules and agenda/Who set the agenda' });
    expect(stripeNames(undefined)).toEqual({ short: 'Node', full: 'Node' });
  });

  it('adds the coder when stripes are split by coder', () => {
    expect(stripeNames(node, 'AM')).toEqual({ short: 'Who set the agenda · AM', full: 'Q5 Rules and agenda/Who set the agenda, coded by AM' });
    expect(stripeNames(node, null).full).toBe('Q5 Rules and agenda/Who set the agenda, coded by no coder');
  });

  it('tells a screen reader every node once, in stripe order', () => {
    const other = stripeNames({ name: 'History and culture', path: 'Q5 Rules and agenda/History and culture' });
    expect(describeTurnCoding([stripeNames(node), other, stripeNames(node)])).toBe('Coded at Q5 Rules and agenda/Who set the agenda; Q5 Rules and agenda/History and culture.');
    expect(describeTurnCoding([])).toBe('Not coded.');
  });
});
