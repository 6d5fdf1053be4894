/** Style properties copied inline so an exported SVG looks the same outside the app. */
const PROPERTIES = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-transform',
  'text-anchor',
] as const

/** A standalone copy of an on-screen SVG, its CSS turned into attributes. */
export function standaloneSvg(svg: SVGSVGElement, background: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  const sources = [svg, ...svg.querySelectorAll('*')]
  const targets = [copy, ...copy.querySelectorAll('*')]
  sources.forEach((source, i) => {
    const target = targets[i] as SVGElement
    const style = getComputedStyle(source)
    const inline = PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')
    const transform = (source as SVGElement).style.transform
    target.setAttribute('style', transform ? `${inline};transform:${transform}` : inline)
    target.removeAttribute('class')
  })
  const box = svg.viewBox.baseVal
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  copy.setAttribute('width', String(box.width || svg.clientWidth))
  copy.setAttribute('height', String(box.height || svg.clientHeight))
  const backdrop = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  backdrop.setAttribute('width', '100%')
  backdrop.setAttribute('height', '100%')
  backdrop.setAttribute('fill', background)
  copy.insertBefore(backdrop, copy.firstChild)
  return new XMLSerializer().serializeToString(copy)
}

/** Renders SVG markup to a PNG (at twice the size, for sharp slides). */
export function svgToPng(markup: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => {
      const canvas = document.createElement('canvas')
      canvas.width = width * 2
      canvas.height = height * 2
      const context = canvas.getContext('2d')!
      context.scale(2, 2)
      context.drawImage(image, 0, 0, width, height)
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png')
    }
    image.onerror = () => reject(new Error('The picture could not be rendered.'))
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`
  })
}
