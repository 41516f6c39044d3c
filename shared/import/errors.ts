/**
 * The one error the import parsers throw: the export is not well-formed XML, not the format asked for,
 * or in an encoding the runtime cannot decode. A single unusable record is never an error (the parsers
 * yield an `ImportSkip` for it). Not a `DomainError`: the import is a command-line job, not an API route.
 */
export class ImportFormatError extends Error {
  constructor(
    readonly reason: string,
    /** One-based line of the export where the problem was found. */
    readonly line: number,
    /** Zero-based column (in characters) on that line. */
    readonly column: number,
  ) {
    super(`Cannot import: ${reason} (line ${line}, column ${column})`);
    this.name = 'ImportFormatError';
  }
}
