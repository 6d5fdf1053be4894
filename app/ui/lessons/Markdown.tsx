import { Lexer, type Token, type Tokens } from 'marked'
import { Fragment, type ReactNode } from 'react'

/**
 * Lesson prose rendered from marked's tokens into React elements — no HTML
 * strings are ever injected, so lesson text cannot smuggle markup in.
 */
export function Markdown({ text }: { text: string }) {
  const tokens = new Lexer().lex(text)
  return <>{tokens.map((token, i) => block(token, i))}</>
}

function inline(tokens: Token[] | undefined): ReactNode {
  if (!tokens) return null
  return tokens.map((token, i) => {
    switch (token.type) {
      case 'strong':
        return <strong key={i}>{inline((token as Tokens.Strong).tokens)}</strong>
      case 'em':
        return <em key={i}>{inline((token as Tokens.Em).tokens)}</em>
      case 'codespan':
        return <code key={i}>{decode((token as Tokens.Codespan).text)}</code>
      case 'link': {
        const link = token as Tokens.Link
        const safe = /^(https?:|#|\.?\/)/.test(link.href)
        return safe ? (
          <a key={i} href={link.href} target={link.href.startsWith('http') ? '_blank' : undefined} rel="noreferrer">
            {inline(link.tokens)}
          </a>
        ) : (
          <Fragment key={i}>{inline(link.tokens)}</Fragment>
        )
      }
      case 'br':
        return <br key={i} />
      case 'del':
        return <del key={i}>{inline((token as Tokens.Del).tokens)}</del>
      case 'text': {
        const text = token as Tokens.Text
        return text.tokens ? <Fragment key={i}>{inline(text.tokens)}</Fragment> : <Fragment key={i}>{decode(text.text)}</Fragment>
      }
      case 'escape':
        return <Fragment key={i}>{decode((token as Tokens.Escape).text)}</Fragment>
      default:
        return <Fragment key={i}>{decode('text' in token ? String(token.text) : token.raw)}</Fragment>
    }
  })
}

function block(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading
      const Tag = `h${Math.min(6, heading.depth + 1)}` as 'h2'
      return <Tag key={key}>{inline(heading.tokens)}</Tag>
    }
    case 'paragraph':
      return <p key={key}>{inline((token as Tokens.Paragraph).tokens)}</p>
    case 'list': {
      const list = token as Tokens.List
      const items = list.items.map((item, i) => <li key={i}>{item.tokens.map((t, j) => (t.type === 'text' ? <Fragment key={j}>{inline((t as Tokens.Text).tokens ?? [t])}</Fragment> : block(t, j)))}</li>)
      return list.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>
    }
    case 'blockquote':
      return <blockquote key={key}>{(token as Tokens.Blockquote).tokens.map((t, i) => block(t, i))}</blockquote>
    case 'code':
      return (
        <pre key={key} className="lesson-code" tabIndex={0}>
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      )
    case 'table': {
      const table = token as Tokens.Table
      return (
        <table key={key}>
          <thead>
            <tr>{table.header.map((cell, i) => <th key={i}>{inline(cell.tokens)}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>{row.map((cell, c) => <td key={c}>{inline(cell.tokens)}</td>)}</tr>
            ))}
          </tbody>
        </table>
      )
    }
    case 'hr':
      return <hr key={key} />
    case 'space':
      return null
    default:
      return 'text' in token ? <p key={key}>{decode(String(token.text))}</p> : null
  }
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/** marked escapes text for HTML; React escapes again, so undo marked's. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
}
