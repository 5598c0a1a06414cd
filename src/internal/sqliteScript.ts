/**
 * Splits an SQLite script into its statements, the way SQLite itself decides
 * where a statement ends (the state machine of its `sqlite3_complete`): a
 * `;` ends a statement unless it is inside a string, a quoted identifier, a
 * comment, or the body of a `CREATE TRIGGER ... BEGIN ... END`.
 *
 * Needed because `@effect/sql-sqlite-node` prepares every statement, and a
 * prepared statement is one statement: the runtime's `"exec"` scripts (its
 * own schema first) are several.
 *
 * @internal
 */

const enum Token {
  Semi = 0,
  Space = 1,
  Other = 2,
  Explain = 3,
  Create = 4,
  Temp = 5,
  Trigger = 6,
  End = 7
}

const enum State {
  Invalid = 0,
  Start = 1,
  Normal = 2,
  Explain = 3,
  Create = 4,
  Trigger = 5,
  Semi = 6,
  End = 7
}

/** `transitions[state][token]`, as in SQLite's complete.c. */
const transitions: ReadonlyArray<ReadonlyArray<State>> = [
  /*               SEMI         SPACE          OTHER          EXPLAIN        CREATE         TEMP           TRIGGER        END */
  /* Invalid */ [State.Start, State.Invalid, State.Normal, State.Explain, State.Create, State.Normal, State.Normal, State.Normal],
  /* Start   */ [State.Start, State.Start, State.Normal, State.Explain, State.Create, State.Normal, State.Normal, State.Normal],
  /* Normal  */ [State.Start, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal],
  /* Explain */ [State.Start, State.Explain, State.Explain, State.Normal, State.Create, State.Normal, State.Normal, State.Normal],
  /* Create  */ [State.Start, State.Create, State.Normal, State.Normal, State.Normal, State.Create, State.Trigger, State.Normal],
  /* Trigger */ [State.Semi, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger],
  /* Semi    */ [State.Semi, State.Semi, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.End],
  /* End     */ [State.Start, State.End, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger]
]

const keywords: Record<string, Token> = {
  create: Token.Create,
  trigger: Token.Trigger,
  temp: Token.Temp,
  temporary: Token.Temp,
  end: Token.End,
  explain: Token.Explain
}

const isIdentifierChar = (char: string) => /[A-Za-z0-9_$\u0080-\uffff]/.test(char)

/** The end (exclusive) of the quoted run that opens at `start` with `quote`, closing at `close`. */
const skipQuoted = (text: string, start: number, close: string) => {
  let i = start + 1
  while (i < text.length) {
    if (text[i] === close) {
      // '' inside '...' (and "" inside "...") is an escaped quote.
      if (close !== "]" && text[i + 1] === close) {
        i += 2
        continue
      }
      return i + 1
    }
    i++
  }
  return text.length
}

/**
 * The statements of `script`, each without its closing `;`, trimmed; empty
 * statements (only whitespace, comments or `;`) are left out. Text after the
 * last `;` is a statement too.
 */
export const splitStatements = (script: string): Array<string> => {
  const statements: Array<string> = []
  let state = State.Invalid
  let begin = 0
  let meaningful = false
  let i = 0
  const finish = (end: number) => {
    const text = script.slice(begin, end).trim()
    if (meaningful && text !== "") statements.push(text)
    meaningful = false
  }
  while (i < script.length) {
    const char = script[i]!
    let token: Token
    let next = i + 1
    if (char === ";") {
      token = Token.Semi
    } else if (/\s/.test(char)) {
      token = Token.Space
    } else if (char === "-" && script[i + 1] === "-") {
      const newline = script.indexOf("\n", i)
      next = newline === -1 ? script.length : newline + 1
      token = Token.Space
    } else if (char === "/" && script[i + 1] === "*") {
      const close = script.indexOf("*/", i + 2)
      next = close === -1 ? script.length : close + 2
      token = Token.Space
    } else if (char === "'" || char === "\"" || char === "`") {
      next = skipQuoted(script, i, char)
      token = Token.Other
    } else if (char === "[") {
      next = skipQuoted(script, i, "]")
      token = Token.Other
    } else if (isIdentifierChar(char)) {
      while (next < script.length && isIdentifierChar(script[next]!)) next++
      token = keywords[script.slice(i, next).toLowerCase()] ?? Token.Other
    } else {
      token = Token.Other
    }
    const from = state
    state = transitions[state]![token]!
    if (token === Token.Semi && state === State.Start && from !== State.Trigger && from !== State.Semi) {
      finish(i)
      begin = next
    } else if (token !== Token.Space && token !== Token.Semi) {
      meaningful = true
    }
    i = next
  }
  finish(script.length)
  return statements
}
