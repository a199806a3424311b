// The drawing's fixed sizes and colours (drawing units are CSS pixels at 96 dpi).

export const STYLE = {
  fontSize: 13,
  headingSize: 13,
  tensionLabelSize: 13,
  titleSize: 17,
  subtitleSize: 13,
  captionSize: 12,
  systemNameSize: 14,
  lineHeight: 1.3,
  // how wide a component's text may run before it wraps
  wrapWidth: 200,
  tensionWrapWidth: 150,
  // space between a label's text and where lines stop
  padding: 6,
  lineGap: 4,
  margin: 24,
  // gap between first-generation triangles and under systems
  systemGap: 48,
  minArrow: 56,
  minEdge: 64,
  jagAmplitude: 6,
  jagStep: 16,
  markWidth: 12,
  markGap: 5,
  colors: {
    background: '#ffffff',
    text: '#1f2328',
    heading: '#1f2328',
    muted: '#565e66',
    line: '#3b4046',
    objectFill: '#f4f1e8',
    tension: '#c62828',
    tensionText: '#9b1c1c',
    labelBackground: '#ffffff',
  },
  lineWidth: 1.6,
  tensionWidth: 2.6,
} as const;
