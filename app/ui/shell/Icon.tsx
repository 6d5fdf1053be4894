/** Small stroke icons drawn inline, so they never depend on a font having the glyph. */
const PATHS = {
  run: 'M7 4.5v15l12.5-7.5z',
  stop: 'M6 6h12v12H6z',
  play: 'M7 4.5v15l12.5-7.5z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  stepForward: 'M5 5v14l9-7zM16 5h3v14h-3z',
  stepBack: 'M19 5v14l-9-7zM5 5h3v14H5z',
  toStart: 'M18 5v14l-7-7zM11 5v14l-7-7zM3 5h2v14H3z',
  toEnd: 'M6 5v14l7-7zM13 5v14l7-7zM19 5h2v14h-2z',
} as const

export type IconName = keyof typeof PATHS

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" className="icon">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  )
}
