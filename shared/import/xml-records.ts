/**
 * The streaming plumbing both import parsers share: decoded text goes into a saxes parser; each element
 * a format names as a record (by its path from the root) is captured while it is open, keeping only the
 * text and attributes of the fields the format asked for; when it opens and closes, the format turns
 * the capture into import records. Records are yielded after each chunk is parsed, so memory holds one
 * chunk, the open records' fields and whatever state a format keeps itself.
 *
 * Element and attribute names are keyed by namespace, not by the prefix a file happens to use: a format
 * maps namespace URIs to the prefix it reads (`''` for none); names in other namespaces never match.
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { decodeText } from './decode';
import { ImportFormatError } from './errors';
import type { ImportInput, ImportRecord } from './records';

export type Emit = (record: ImportRecord) => void;

/** What a format reads from one kind of record element. */
export interface RecordSpec {
  /** Keys of the fields to keep, relative to the record: `author/name`, `thread@dsq:id`, `@dsq:id`. */
  readonly fields: readonly string[];
  /** Called when the record element opens; only its own attributes are captured yet. */
  readonly onOpen?: (record: CapturedRecord, emit: Emit) => void;
  readonly onClose: (record: CapturedRecord, emit: Emit) => void;
}

/** An XML export format: its root element, its namespaces and its records by path from the root. */
export interface XmlRecordFormat {
  /** For error messages, e.g. `a Disqus export`. */
  readonly description: string;
  readonly root: string;
  readonly prefixFor: (namespaceUri: string) => string | undefined;
  readonly records: ReadonlyMap<string, RecordSpec>;
}

/** The wanted fields of one open record element; `enclosing` is the record it sits in, if any. */
export class CapturedRecord {
  private readonly values = new Map<string, string>();

  constructor(
    readonly path: string,
    readonly line: number,
    readonly enclosing: CapturedRecord | undefined,
    private readonly wanted: ReadonlySet<string>,
  ) {}

  /** The field's text (all its text and CDATA, as written) or attribute value; undefined when absent. */
  field(key: string): string | undefined {
    return this.values.get(key);
  }

  wants(key: string): boolean {
    return this.wanted.has(key);
  }

  append(key: string, text: string): void {
    this.values.set(key, (this.values.get(key) ?? '') + text);
  }
}

interface OpenElement {
  readonly path: string;
  /** The innermost record this element is part of. */
  readonly record: CapturedRecord | undefined;
  /** The record field this element's text goes to, if the format wants it. */
  readonly field: string | undefined;
  readonly spec: RecordSpec | undefined;
}

/** Parses `input` as `format`, yielding records as they complete. Throws ImportFormatError. */
export async function* parseXmlRecords(
  input: ImportInput,
  format: XmlRecordFormat,
): AsyncGenerator<ImportRecord> {
  const pending: ImportRecord[] = [];
  const parser = recordParser(format, (record) => pending.push(record));
  for await (const text of decodeText(input)) {
    parser.write(text);
    yield* pending.splice(0);
  }
  parser.close();
  yield* pending.splice(0);
}

/**
 * How deep elements may nest. Exports nest a few levels (their HTML is text or CDATA); a file nested
 * thousands deep would cost time in the square of its depth (saxes resolves each element's namespace up
 * its ancestors, and each element's path is its parent's and its name): 40,000 levels, 280 KB, took 10 s.
 */
export const MAX_DEPTH = 256;

function recordParser(format: XmlRecordFormat, emit: Emit): SaxesParser<{ xmlns: true }> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const wanted = new Map([...format.records].map(([path, spec]) => [path, new Set(spec.fields)] as const));
  const open: OpenElement[] = [];
  const appendText = (text: string) => {
    const top = open.at(-1);
    if (top?.field !== undefined) top.record?.append(top.field, text);
  };

  parser.on('error', (error) => {
    throw new ImportFormatError(error.message.replace(/^\d+:\d+: /, ''), parser.line, parser.column);
  });
  parser.on('opentag', (tag) => {
    const parent = open.at(-1);
    const name = elementName(tag, format);
    if (!parent && name !== format.root) {
      throw new ImportFormatError(
        `expected ${format.description} (root <${format.root}>), found <${tag.name}>`,
        parser.line,
        parser.column,
      );
    }
    if (open.length === MAX_DEPTH) {
      throw new ImportFormatError(
        `elements nested more than ${MAX_DEPTH} deep (no export format needs more)`,
        parser.line,
        parser.column,
      );
    }
    const path = parent ? `${parent.path}/${name}` : name;
    const spec = format.records.get(path);
    const fields = wanted.get(path);
    const element =
      spec && fields
        ? openRecord(path, spec, new CapturedRecord(path, parser.line, parent?.record, fields))
        : openField(path, parent?.record);
    captureAttributes(tag, format, element);
    open.push(element);
    if (spec && element.record) spec.onOpen?.(element.record, emit);
  });
  parser.on('text', appendText);
  parser.on('cdata', appendText);
  parser.on('closetag', () => {
    const element = open.pop();
    if (element?.spec && element.record) element.spec.onClose(element.record, emit);
  });
  return parser;
}

function openRecord(path: string, spec: RecordSpec, record: CapturedRecord): OpenElement {
  return { path, record, field: undefined, spec };
}

/** A field written twice keeps its first value, rather than the two run together. */
function openField(path: string, record: CapturedRecord | undefined): OpenElement {
  const key = record ? path.slice(record.path.length + 1) : undefined;
  const wanted = key !== undefined && record?.wants(key) && record.field(key) === undefined;
  return { path, record, field: wanted ? key : undefined, spec: undefined };
}

function captureAttributes(tag: SaxesTagNS, format: XmlRecordFormat, element: OpenElement): void {
  const { record } = element;
  if (!record) return;
  const prefix = element.path === record.path ? '' : element.path.slice(record.path.length + 1);
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
    const key = `${prefix}@${attributeName(attribute, format)}`;
    if (record.wants(key)) record.append(key, attribute.value);
  }
}

/** `prefix:local` with the format's prefix for the element's namespace. */
function elementName(tag: SaxesTagNS, format: XmlRecordFormat): string {
  return qualifiedName(tag.uri, tag.local, format);
}

/** As elementName; unprefixed attributes are in no namespace, whatever the element's default one is. */
function attributeName(attribute: SaxesAttributeNS, format: XmlRecordFormat): string {
  return attribute.prefix === '' ? attribute.local : qualifiedName(attribute.uri, attribute.local, format);
}

/** Names in a namespace the format does not know are `{uri}local`, so they never pass for its own. */
function qualifiedName(uri: string, local: string, format: XmlRecordFormat): string {
  if (uri === '') return local;
  const prefix = format.prefixFor(uri);
  if (prefix === undefined) return `{${uri}}${local}`;
  return prefix === '' ? local : `${prefix}:${local}`;
}
