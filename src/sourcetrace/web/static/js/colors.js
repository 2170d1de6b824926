// One colour per speaker, assigned in order of first quote so the legend reads top to bottom.

export const PALETTE = [
  { bg: "#fff0b3", fg: "#c99700" }, // amber
  { bg: "#d6ecff", fg: "#2f7fc1" }, // blue
  { bg: "#ffd9d2", fg: "#d1492e" }, // coral
  { bg: "#d7f3df", fg: "#2f9a52" }, // green
  { bg: "#eadcff", fg: "#7b4cc2" }, // violet
  { bg: "#ffe0f0", fg: "#c23f86" }, // pink
  { bg: "#d2f4f4", fg: "#1f8f8f" }, // teal
  { bg: "#ffe6cc", fg: "#d2700f" }, // orange
  { bg: "#e4e9f0", fg: "#55657a" }, // slate
  { bg: "#eef5c8", fg: "#7c8f12" }, // olive
];

export function speakerKey(ref) {
  if (!ref) return "?";
  return ref.id || ref.name || "?";
}

/** Map speaker key -> {index, name, kind, colour, quotes: []} in order of first quote. */
export function speakerColours(quotes) {
  const map = new Map();
  const sorted = [...quotes].sort((a, b) => a.span.start - b.span.start);
  for (const q of sorted) {
    const key = speakerKey(q.speaker);
    if (!map.has(key)) {
      const index = map.size;
      map.set(key, {
        key,
        index,
        name: q.speaker ? q.speaker.name : "unknown speaker",
        kind: q.speaker ? q.speaker.kind : "unknown",
        colour: PALETTE[index % PALETTE.length],
        quotes: [],
      });
    }
    map.get(key).quotes.push(q);
  }
  return map;
}

export function colourStyle(colour) {
  return colour ? { "--spk-bg": colour.bg, "--spk-fg": colour.fg } : {};
}
