/**
 * Why a workbook could not be read, as typed errors: open.ts turns each into its issue code
 * instead of guessing it from a message.
 */

/** The zip is cut short or damaged: an entry ends early, a checksum or a size does not match. */
export class ZipDamaged extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ZipDamaged';
  }
}

/** A well-formed zip the reader will not read: encrypted entry, unknown compression, duplicate names. */
export class ZipUnsupported extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ZipUnsupported';
  }
}

/** XML the reader refuses or cannot parse (DOCTYPE, undefined entity, a tag cut in the middle). */
export class XmlRefused extends Error {
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = 'XmlRefused';
  }
}

/** More bytes came out of the zip than the limit allows, whatever its directory says. */
export class UncompressedTooLarge extends Error {
  constructor(
    readonly inflated: number,
    readonly limit: number,
  ) {
    super(`more than ${limit} bytes once uncompressed`);
    this.name = 'UncompressedTooLarge';
  }
}

/** A FIFO, a device or a socket: never opened for reading (it could block or never end). */
export class NotARegularFile extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a regular file`);
    this.name = 'NotARegularFile';
  }
}

/** A cell or row reference outside the grid Excel allows (XFD1048576) or not a reference at all. */
export class InvalidCellRef extends Error {
  constructor(
    readonly sheet: string,
    readonly ref: string,
  ) {
    super(`invalid cell reference ${ref} in sheet ${sheet}`);
    this.name = 'InvalidCellRef';
  }
}
