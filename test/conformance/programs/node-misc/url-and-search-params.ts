// URL and URLSearchParams: parsing a request URL the way tutorials do.
const url = new URL('/products/42?color=red&size=m&size=l#reviews', 'http://localhost:3000')
console.log(url.pathname, url.search, url.hash, url.host, url.origin)
console.log(url.searchParams.get('color'), url.searchParams.getAll('size'), url.searchParams.has('x'))
url.searchParams.append('page', '2')
url.searchParams.set('color', 'blue green')
console.log(url.href)
console.log(url)
const params = new URLSearchParams({ q: 'event loop', lang: 'en' })
console.log(params.toString(), [...params.keys()], params)
console.log(new URL('../b/c?x=1', 'https://example.com/a/d/e').href, URL.canParse('not a url'))
try {
  new URL('nope')
} catch (err) {
  console.log((err as Error).name, (err as NodeJS.ErrnoException).code)
}
