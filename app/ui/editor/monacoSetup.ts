/**
 * Monaco, bundled by Vite (never from a CDN), with only what a TypeScript
 * editor needs: the core editor, its everyday contributions and the TypeScript
 * language service running in its own worker.
 */
import * as monaco from 'monaco-editor/editor/editor.api'
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching'
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard'
import 'monaco-editor/editor/contrib/codeAction/browser/codeActionContributions'
import 'monaco-editor/editor/contrib/comment/browser/comment'
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu'
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo'
import 'monaco-editor/editor/contrib/find/browser/findController'
import 'monaco-editor/editor/contrib/folding/browser/folding'
import 'monaco-editor/editor/contrib/format/browser/formatActions'
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError'
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution'
import 'monaco-editor/editor/contrib/indentation/browser/indentation'
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations'
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor'
import 'monaco-editor/editor/contrib/parameterHints/browser/parameterHints'
import 'monaco-editor/editor/contrib/smartSelect/browser/smartSelect'
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2'
import 'monaco-editor/editor/contrib/suggest/browser/suggestController'
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter'
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations'
import 'monaco-editor/editor/browser/coreCommands'
import 'monaco-codicon.css'
import 'monaco-editor/languages/definitions/typescript/register'
import 'monaco-editor/languages/definitions/python/register'
import * as typescript from 'monaco-editor/languages/features/typescript/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker'
import { runtimeTypes } from './runtimeTypes.ts'

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker: (workerId: string, label: string) => Worker }
  }
}

self.MonacoEnvironment = {
  getWorker: (_workerId, label) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()),
}

typescript.typescriptDefaults.setCompilerOptions({
  target: typescript.ScriptTarget.ESNext,
  module: typescript.ModuleKind.ESNext,
  moduleDetection: 3,
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
})
typescript.typescriptDefaults.addExtraLib(runtimeTypes, 'file:///looplab-runtime.d.ts')
// Only the model on screen is checked: the TypeScript model kept while Python is shown is not.
typescript.typescriptDefaults.setDiagnosticsOptions({ ...typescript.typescriptDefaults.getDiagnosticsOptions(), onlyVisible: true })

/**
 * Ends the TypeScript worker and whatever it was checking (the editor now shows Python). Its first
 * check of a program reads the whole standard library, seconds of CPU on a slow machine, which
 * otherwise competes with Python starting. A TypeScript model shown again starts a new worker.
 */
export function stopTypeScriptWorker(): void {
  // Any change to the defaults ends the worker; a check of the hidden model is not started again.
  typescript.typescriptDefaults.setDiagnosticsOptions({ ...typescript.typescriptDefaults.getDiagnosticsOptions() })
}

export { monaco }
