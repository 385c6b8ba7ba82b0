/** Files that are not readable workbooks: the reader must name what they are, never crash on them. */
import { compoundFile } from './cfb';
import { bookBytes, newBook, random, seedBytes, zipOf } from './workbook';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A CSV export saved under an .xlsx name. */
export async function notAZip(): Promise<Uint8Array> {
  return utf8('单位名称,合计,一般公共预算\n部门合计,414.79,414.79\n山西省人民政府外事办公室,364.13,364.13\n');
}

export async function zeroBytes(): Promise<Uint8Array> {
  return new Uint8Array(0);
}

/** A Word document (also a zip of XML parts) renamed to .xlsx. */
export async function zipNotWorkbook(): Promise<Uint8Array> {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>2026年部门预算公开说明</w:t></w:r></w:p></w:body></w:document>',
  });
}

/** The seed cut off part way, as an interrupted download or a full disk leaves it. */
export async function truncated(): Promise<Uint8Array> {
  const bytes = await seedBytes();
  return bytes.slice(0, Math.floor(bytes.length * 0.6));
}

/**
 * A structural stand-in for a password-protected .xlsx: Excel stores one as a compound file holding an
 * `EncryptionInfo` stream (agile encryption: version 4.4, then an XML descriptor) and an `EncryptedPackage`
 * stream (the package's size, then ciphertext). Here the descriptor's keys are made up and the ciphertext is
 * noise, and the `\x06DataSpaces` storage is left out: no one can decrypt it, and a reader must still tell
 * it for what it is rather than call it corrupt.
 */
export async function encrypted(): Promise<Uint8Array> {
  const noise = random(6);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(noise() * 256));
  const b64 = (n: number) => Buffer.from(bytes(n)).toString('base64');
  const descriptor =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
    'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${b64(16)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(64)}" encryptedHmacValue="${b64(64)}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${b64(16)}" encryptedVerifierHashInput="${b64(16)}" encryptedVerifierHashValue="${b64(64)}" encryptedKeyValue="${b64(32)}"/>` +
    '</keyEncryptor></keyEncryptors></encryption>';
  const info = new Uint8Array(8 + utf8(descriptor).length);
  const view = new DataView(info.buffer);
  view.setUint16(0, 4, true);
  view.setUint16(2, 4, true);
  view.setUint32(4, 0x40, true);
  info.set(utf8(descriptor), 8);

  const packageSize = 8192;
  const ciphertext = new Uint8Array(8 + packageSize);
  new DataView(ciphertext.buffer).setUint32(0, packageSize - 123, true);
  ciphertext.set(bytes(packageSize), 8);
  return compoundFile([
    { name: 'EncryptionInfo', data: info },
    { name: 'EncryptedPackage', data: ciphertext },
  ]);
}

/** An Excel 97–2003 .xls renamed to .xlsx: a compound file with a BIFF8 `Workbook` stream (BOF, EOF). */
export async function legacyXls(): Promise<Uint8Array> {
  const biff = Uint8Array.from([
    ...[0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00],
    ...[0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x00],
  ]);
  return compoundFile([{ name: 'Workbook', data: biff }]);
}

/** A workbook package with no worksheet in it (what some converters write for an empty export). */
export async function emptyWorkbook(): Promise<Uint8Array> {
  return bookBytes(newBook());
}
