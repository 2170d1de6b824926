// Span arithmetic. Reading spans count Unicode code points (Python string indices); JavaScript
// strings index UTF-16 code units, so characters outside the BMP (emoji, some scripts) shift
// every later offset unless converted.

/** Table ``cu`` with cu[i] = UTF-16 offset of code point i, for 0 <= i <= number of code points. */
export function codeUnitTable(text) {
  const cu = [0];
  let offset = 0;
  for (const ch of text) {
    offset += ch.length;
    cu.push(offset);
  }
  return cu;
}

/** Convert a code-point span to UTF-16 offsets, clamped to the text. */
export function toUnits(cu, span) {
  const last = cu.length - 1;
  const clamp = (i) => cu[Math.max(0, Math.min(last, Number(i) || 0))];
  return { start: clamp(span.start), end: clamp(span.end) };
}

/**
 * Cut [start, end) into segments at every boundary of ``marks`` (each {start, end, ...} in code
 * units). Each segment lists the marks covering it, so overlapping marks need no nesting rules.
 */
export function segment(start, end, marks) {
  const inside = marks.filter((m) => m.end > start && m.start < end && m.end > m.start);
  const cuts = new Set([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    out.push({ start: a, end: b, marks: inside.filter((m) => m.start <= a && m.end >= b) });
  }
  return out;
}
