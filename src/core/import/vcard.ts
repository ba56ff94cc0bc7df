// A vCard 3.0 / 4.0 reader (RFC 2426, RFC 6350) for contact import: continuation lines unfolded,
// FN, N, ORG, TITLE, EMAIL, TEL and NOTE read with their escapes (`\,` `\;` `\n` `\\`), any number
// of cards per file. Quoted-printable (vCard 2.1) is not decoded: such a value is reported and left
// out. Linear: one pass to split and unfold the lines, one over each line; parts are collected in
// arrays and joined once.

export interface VCardContact {
  /** FN, else the parts of N in reading order. */
  name: string;
  /** The first component of ORG (the organisation; later ones are departments). */
  org: string | null;
  title: string | null;
  emails: string[];
  phones: string[];
  note: string | null;
  /** The line of BEGIN:VCARD (1-based). */
  line: number;
}

export interface VCardProblem {
  line: number;
  message: string;
}

export interface VCardFile {
  contacts: VCardContact[];
  problems: VCardProblem[];
}

interface LogicalLine {
  line: number;
  text: string;
}

/** The file's lines with continuation lines (starting with a space or tab) joined to the one before. */
function unfold(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let parts: string[] = [];
  let start = 1;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const flush = () => {
    if (parts.length > 0) out.push({ line: start, text: parts.join("") });
    parts = [];
  };
  while (i <= text.length) {
    let end = i;
    while (end < text.length && text[end] !== "\r" && text[end] !== "\n") end++;
    const c = text[i];
    if ((c === " " || c === "\t") && parts.length > 0) parts.push(text.slice(i + 1, end));
    else {
      flush();
      start = line;
      if (end > i) parts.push(text.slice(i, end));
    }
    if (end >= text.length) break;
    i = end + (text[end] === "\r" && text[end + 1] === "\n" ? 2 : 1);
    line++;
  }
  flush();
  return out;
}

/** A property line split: its name (no group, upper case), its parameters (upper case) and value. */
interface Property {
  name: string;
  params: string[];
  value: string;
}

/** Splits `[group.]NAME[;PARAM...]:value`; the colon inside a quoted parameter value does not count. */
function splitProperty(text: string): Property | null {
  const params: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ";" || c === ":")) {
      params.push(text.slice(from, i));
      from = i + 1;
      if (c === ":") {
        const [head = "", ...rest] = params;
        const name = head.slice(head.lastIndexOf(".") + 1).trim().toUpperCase();
        return name === "" ? null : { name, params: rest.map((p) => p.trim().toUpperCase()), value: text.slice(i + 1) };
      }
    }
  }
  return null;
}

/** The text of an escaped value; with `split`, its components at unescaped `;` (N, ORG). */
function unescapeParts(value: string, split: boolean): string[] {
  const components: string[] = [];
  let parts: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\\" && i + 1 < value.length) {
      const next = value[i + 1] ?? "";
      parts.push(value.slice(from, i), next === "n" || next === "N" ? "\n" : next);
      i++;
      from = i + 1;
    } else if (c === ";" && split) {
      parts.push(value.slice(from, i));
      components.push(parts.join(""));
      parts = [];
      from = i + 1;
    }
  }
  parts.push(value.slice(from));
  components.push(parts.join(""));
  return components;
}

const unescape = (value: string) => (unescapeParts(value, false)[0] ?? "").trim();

function isQuotedPrintable(params: readonly string[]): boolean {
  return params.some((p) => p === "QUOTED-PRINTABLE" || p === "ENCODING=QUOTED-PRINTABLE");
}

/** The name from N (family; given; additional; prefixes; suffixes), in reading order. */
function nameFromN(value: string): string {
  const [family = "", given = "", additional = "", prefix = "", suffix = ""] = unescapeParts(value, true).map((p) => p.trim());
  return [prefix, given, additional, family, suffix].filter((p) => p !== "").join(" ");
}

interface Card {
  line: number;
  fn: string;
  n: string;
  org: string | null;
  title: string | null;
  emails: string[];
  phones: string[];
  note: string | null;
}

const newCard = (line: number): Card => ({ line, fn: "", n: "", org: null, title: null, emails: [], phones: [], note: null });

/** Puts one property into the card; returns a problem's message, or null. */
function readInto(card: Card, p: Property): string | null {
  if (isQuotedPrintable(p.params)) return `${p.name} is quoted-printable (vCard 2.1), which is not read; the value is left out.`;
  switch (p.name) {
    case "FN":
      card.fn = unescape(p.value);
      break;
    case "N":
      card.n = nameFromN(p.value);
      break;
    case "ORG":
      card.org = (unescapeParts(p.value, true)[0] ?? "").trim() || null;
      break;
    case "TITLE":
      card.title = unescape(p.value) || null;
      break;
    case "NOTE":
      card.note = unescape(p.value) || null;
      break;
    case "EMAIL": {
      const email = unescape(p.value).replace(/^mailto:/i, "");
      if (email !== "") card.emails.push(email);
      break;
    }
    case "TEL": {
      const phone = unescape(p.value).replace(/^tel:/i, "");
      if (phone !== "") card.phones.push(phone);
      break;
    }
    case "VERSION": {
      const v = p.value.trim();
      if (v !== "3.0" && v !== "4.0") return `VERSION ${v} is read as vCard 3.0.`;
      break;
    }
  }
  return null;
}

function contactOf(card: Card, problems: VCardProblem[]): VCardContact | null {
  const name = card.fn || card.n;
  if (name === "") {
    problems.push({ line: card.line, message: `The card starting on line ${card.line} has no name (FN or N); it is left out.` });
    return null;
  }
  return { name, org: card.org, title: card.title, emails: card.emails, phones: card.phones, note: card.note, line: card.line };
}

/** Reads every card of a `.vcf` file. */
export function parseVCards(text: string): VCardFile {
  const contacts: VCardContact[] = [];
  const problems: VCardProblem[] = [];
  let card: Card | null = null;
  const end = () => {
    const contact = card && contactOf(card, problems);
    if (contact) contacts.push(contact);
    card = null;
  };
  for (const { line, text: raw } of unfold(text)) {
    if (raw.trim() === "") continue;
    const p = splitProperty(raw);
    if (p === null) {
      problems.push({ line, message: `Line ${line} is not a property (NAME:value); it is left out.` });
      continue;
    }
    const value = p.value.trim().toUpperCase();
    if (p.name === "BEGIN" && value === "VCARD") {
      if (card) {
        problems.push({ line, message: `Line ${line}: a card starts before the one on line ${(card).line} ends (END:VCARD).` });
        end();
      }
      card = newCard(line);
    } else if (p.name === "END" && value === "VCARD") {
      if (card) end();
      else problems.push({ line, message: `Line ${line}: END:VCARD without BEGIN:VCARD.` });
    } else if (!card) {
      problems.push({ line, message: `Line ${line} is outside a card (BEGIN:VCARD ... END:VCARD); it is left out.` });
    } else {
      const message = readInto(card, p);
      if (message) problems.push({ line, message: `Line ${line}: ${message}` });
    }
  }
  if (card) {
    problems.push({ line: (card).line, message: `The card starting on line ${(card).line} never ends (END:VCARD); it is read as it is.` });
    end();
  }
  return { contacts, problems };
}
