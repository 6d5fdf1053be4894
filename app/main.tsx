import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App.tsx'
import './ui/styles.css'
import { startLocale } from './ui/shell/useLocale.ts'

startLocale()

const container = document.getElementById('root')
if (!container) throw new Error('Looplab: the page has no #root element.')
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// After the first visit the app loads and runs offline (the service worker precaches the build).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => console.warn('Offline support is unavailable:', error))
  })
}
