/**
 * Word-wrapping for SVG text, which cannot wrap by itself: breaks at spaces
 * (long words are cut), at most `maxLines` lines, the last one ending in "…"
 * when text is left over. Widths are in characters, estimated by the caller.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(4, Math.floor(maxChars))
  const lines: string[] = []
  let current = ''
  const words = text.split(/\s+/).filter(Boolean)
  for (let w = 0; w < words.length; w++) {
    let word = words[w]!
    while (word.length > width) {
      if (current) {
        lines.push(current)
        current = ''
      }
      lines.push(word.slice(0, width))
      word = word.slice(width)
    }
    const candidate = current ? `${current} ${word}` : word
    if (candidate.length <= width) current = candidate
    else {
      lines.push(current)
      current = word
    }
  }
  if (current) lines.push(current)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  const last = kept[maxLines - 1]!
  kept[maxLines - 1] = last.length >= width ? `${last.slice(0, width - 1)}…` : `${last}…`
  return kept
}
