import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkText, decodeNote, formatSize, fsErrorMessage, looksBinary, parseSize, readBytes, readDocument, readNote, readStdin, readStdinBytes, sizeMessage } from '../src/io/read.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oplint-read-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('parseSize', () => {
  it.each([
    ['1048576', 1048576],
    ['5MB', 5 * 1024 * 1024],
    ['5 mb', 5 * 1024 * 1024],
    ['500k', 500 * 1024],
    ['500KB', 500 * 1024],
    ['1.5M', 1.5 * 1024 * 1024],
    ['2g', 2 * 1024 ** 3],
    ['12b', 12],
  ])('%s -> %d', (s, n) => {
    expect(parseSize(s)).toBe(n);
  });
  it('accepts a number', () => expect(parseSize(4096)).toBe(4096));
  it.each(['', 'five', '5 parsecs', '-1', '0', '0k'])('rejects %j', (s) => {
    expect(() => parseSize(s)).toThrow(RangeError);
  });
});

describe('sizes in messages', () => {
  it('formats binary units', () => {
    expect(formatSize(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatSize(7.2 * 1024 * 1024)).toBe('7.2 MB');
    expect(formatSize(2048)).toBe('2 KB');
    expect(formatSize(1)).toBe('1 byte');
  });
  it('never prints the same figure for the file and the limit', () => {
    const limit = 5 * 1024 * 1024;
    const msg = sizeMessage('file', limit + 10, limit);
    expect(msg).toMatch(/^file is .+, over the 5 MB limit \(--max-size\)$/);
    expect(msg).not.toMatch(/^file is 5 MB/);
  });
});

describe('readNote', () => {
  it('reads a UTF-8 note', async () => {
    const p = file('ok.txt', 'Antibiotic beads were placed.\n');
    expect(await readNote(p)).toEqual({ ok: true, text: 'Antibiotic beads were placed.\n', warnings: [] });
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const p = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Note body')]));
    const r = await readNote(p);
    expect(r.ok && r.text).toBe('Note body');
  });

  it('decodes UTF-16LE with a BOM (Windows "Unicode" export)', async () => {
    const p = file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tibia canal\r\n', 'utf16le')]));
    const r = await readNote(p);
    expect(r).toEqual({ ok: true, text: 'Tibia canal\r\n', warnings: [] });
  });

  it('reports a missing file', async () => {
    expect(await readNote(join(dir, 'nope.txt'))).toEqual({ ok: false, reason: 'missing', message: 'no such file or directory' });
  });

  it('reports a directory', async () => {
    const r = await readNote(dir);
    expect(r).toMatchObject({ ok: false, reason: 'directory', message: 'is a directory' });
  });

  it.skipIf(process.getuid?.() === 0)('reports permission denied', async () => {
    const p = file('secret.txt', 'text');
    chmodSync(p, 0o000);
    try {
      expect(await readNote(p)).toEqual({ ok: false, reason: 'permission', message: 'permission denied' });
    } finally {
      chmodSync(p, 0o644);
    }
  });

  it('rejects a file over the size limit with both sizes in the message', async () => {
    const p = file('big.txt', 'x'.repeat(3000));
    const r = await readNote(p, { maxSize: 1024 });
    expect(r).toEqual({ ok: false, reason: 'too-large', message: 'file is 2.9 KB, over the 1 KB limit (--max-size)' });
  });

  it('accepts a file exactly at the limit', async () => {
    const p = file('edge.txt', 'y'.repeat(1024));
    expect((await readNote(p, { maxSize: 1024 })).ok).toBe(true);
  });

  it('skips binary files (NUL byte)', async () => {
    const p = file('img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(await readNote(p)).toEqual({ ok: false, reason: 'binary', message: 'binary file, skipped' });
  });

  it('skips files with a high share of control characters', async () => {
    const bytes = Buffer.alloc(200, 0x41);
    for (let i = 0; i < 200; i += 4) bytes[i] = 0x01;
    const p = file('ctl.bin', bytes);
    expect(await readNote(p)).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('does not call ordinary text with tabs and form feeds binary', () => {
    expect(looksBinary(Buffer.from('a\tb\r\n\fpage 2\n'))).toBe(false);
  });

  it.each(['', '   \n\t\r\n'])('reports an empty note (%j)', async (content) => {
    const p = file('empty.txt', content);
    expect(await readNote(p)).toEqual({ ok: false, reason: 'empty', message: 'empty note' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with a warning', async () => {
    const bad = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' in 4'), Buffer.from([0x96]), Buffer.from('6 weeks')]);
    const p = file('cp1252.txt', bad);
    expect(await readNote(p)).toEqual({ ok: true, text: 'caf\u00e9 in 4\u20136 weeks', warnings: ['read as Windows-1252 (not UTF-8)'] });
  });

  it('replaces invalid bytes in text that is otherwise UTF-8 and counts the places', async () => {
    const bad = Buffer.concat([Buffer.from('caf\u00e9 '), Buffer.from([0xe9]), Buffer.from(' and '), Buffer.from([0xff, 0xfe]), Buffer.from(' ok')]);
    const p = file('damaged.txt', bad);
    const r = await readNote(p);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.startsWith('caf\u00e9 \uFFFD and ')).toBe(true);
    expect(r.warnings).toEqual(['invalid UTF-8 replaced with U+FFFD at 3 places']);
  });

  it('decodes UTF-16 without a byte-order mark (not called binary)', async () => {
    const p = file('u16nobom.txt', Buffer.from('Tibia canal, 4\u20136 weeks\r\n', 'utf16le'));
    expect(await readNote(p)).toEqual({ ok: true, text: 'Tibia canal, 4\u20136 weeks\r\n', warnings: [] });
  });

  it('does not count a genuine U+FFFD as a replacement', async () => {
    const p = file('fffd.txt', 'already \uFFFD here');
    expect(await readNote(p)).toEqual({ ok: true, text: 'already \uFFFD here', warnings: [] });
  });
});

describe('readStdin', () => {
  it('reads chunks as one note', async () => {
    const r = await readStdin(Readable.from([Buffer.from('line one\n'), Buffer.from('line two\n')]));
    expect(r).toEqual({ ok: true, text: 'line one\nline two\n', warnings: [] });
  });

  it('keeps a multi-byte character split across chunks intact', async () => {
    const b = Buffer.from('é');
    const r = await readStdin(Readable.from([Buffer.from([b[0]!]), Buffer.from([b[1]!]), Buffer.from(' x')]));
    expect(r).toEqual({ ok: true, text: 'é x', warnings: [] });
  });

  it('applies the size limit and reports the real size', async () => {
    const r = await readStdin(Readable.from([Buffer.alloc(1500, 0x61), Buffer.alloc(1500, 0x61)]), { maxSize: 2048 });
    expect(r).toEqual({ ok: false, reason: 'too-large', message: 'stdin is 2.9 KB, over the 2 KB limit (--max-size)' });
  });

  it('applies the empty and binary checks', async () => {
    expect(await readStdin(Readable.from([Buffer.from('  \n')]))).toMatchObject({ ok: false, message: 'empty note' });
    expect(await readStdin(Readable.from([Buffer.from([0x41, 0x00, 0x42])]))).toMatchObject({ ok: false, message: 'binary file, skipped' });
  });
});

describe('fsErrorMessage', () => {
  const e = (code: string) => Object.assign(new Error(code), { code });
  it.each([
    ['EACCES', 'permission', 'permission denied'],
    ['EPERM', 'permission', 'permission denied'],
    ['ENOENT', 'missing', 'no such file or directory'],
    ['EISDIR', 'directory', 'is a directory'],
    ['EIO', 'unreadable', 'cannot read file (EIO)'],
  ])('%s', (code, reason, message) => {
    expect(fsErrorMessage(e(code))).toEqual({ reason, message });
  });
});

describe('checkText / decodeNote', () => {
  it('checks decoded text for emptiness and size', () => {
    expect(checkText('note')).toBeUndefined();
    expect(checkText(' \n ')).toMatchObject({ message: 'empty note' });
    expect(checkText('ééé', { maxSize: 4 })).toMatchObject({ reason: 'too-large' });
  });
  it('decodes a buffer', () => {
    expect(decodeNote(Buffer.from('abc'))).toEqual({ ok: true, text: 'abc', warnings: [] });
  });
});

const unix = process.platform !== 'win32';

describe('special files named explicitly', () => {
  it.skipIf(!unix)('opens a FIFO once: a writer that writes once and closes is read whole (no second open that would wait forever)', async () => {
    const fifo = join(dir, 'note.fifo');
    execFileSync('mkfifo', [fifo]);
    // the writer opens the FIFO (waiting for our single open), writes the note and exits
    const writer = spawn('sh', ['-c', 'printf "Antibiotic beads were placed.\\n" > "$1"', 'sh', fifo], { stdio: 'ignore' });
    const r = await Promise.race([readNote(fifo), new Promise((res) => setTimeout(() => res('timeout'), 5000))]);
    writer.kill();
    expect(r).toEqual({ ok: true, text: 'Antibiotic beads were placed.\n', warnings: [] });
  });

  it.skipIf(!unix)('extracts from a FIFO like from a file', async () => {
    const fifo = join(dir, 'rtf.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'printf "%s" "$2" > "$1"', 'sh', fifo, '{\\rtf1 Beads placed.\\par}'], { stdio: 'ignore' });
    const r = await Promise.race([readDocument(fifo), new Promise((res) => setTimeout(() => res('timeout'), 5000))]);
    writer.kill();
    expect(r).toEqual({ ok: true, format: 'rtf', items: [{ text: 'Beads placed.\n', format: 'rtf', warnings: [] }] });
  });

  it.skipIf(!unix)('a socket is one line, not a hang', async () => {
    const sock = join(dir, 'note.sock');
    const server = createServer();
    await new Promise<void>((res) => server.listen(sock, res));
    try {
      expect(await readBytes(sock)).toEqual({ ok: false, reason: 'unreadable', message: 'is a socket; not read' });
    } finally {
      await new Promise((res) => server.close(res));
    }
  });
});

describe('readBytes with `regular` (a file a folder walk just saw): no stat first, same answers', () => {
  it('reads a regular file byte for byte, at and over the limit', async () => {
    const p = file('walked.txt', 'Beads placed.\r\n');
    expect(await readBytes(p, { regular: true })).toEqual({ ok: true, bytes: Buffer.from('Beads placed.\r\n') });
    expect(await readBytes(p, { regular: true, maxSize: 15 })).toEqual({ ok: true, bytes: Buffer.from('Beads placed.\r\n') });
    expect(await readBytes(p, { regular: true, maxSize: 14 })).toEqual({ ok: false, reason: 'too-large', message: 'file is 15 bytes, over the 14 bytes limit (--max-size)' });
    const empty = file('walked-empty.txt', '');
    expect(await readBytes(empty, { regular: true })).toEqual({ ok: true, bytes: Buffer.alloc(0) });
  });

  it('a file gone since the walk, or a folder in its place, says so', async () => {
    expect(await readBytes(join(dir, 'gone.txt'), { regular: true })).toEqual({ ok: false, reason: 'missing', message: 'no such file or directory' });
    expect(await readBytes(dir, { regular: true })).toEqual({ ok: false, reason: 'directory', message: 'is a directory' });
  });

  it.skipIf(!unix)('a FIFO swapped in since the walk is refused at once, not waited on', async () => {
    const fifo = join(dir, 'swapped.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await Promise.race([readBytes(fifo, { regular: true }), new Promise((res) => setTimeout(() => res('timeout'), 5000))]);
    expect(r).toEqual({ ok: false, reason: 'unreadable', message: 'file changed into a pipe or device while being read' });
  });

  it.skipIf(!unix)('a socket swapped in is still named a socket', async () => {
    const sock = join(dir, 'swapped.sock');
    const server = createServer();
    await new Promise<void>((res) => server.listen(sock, res));
    try {
      expect(await readBytes(sock, { regular: true })).toEqual({ ok: false, reason: 'unreadable', message: 'is a socket; not read' });
    } finally {
      await new Promise((res) => server.close(res));
    }
  });

  it.skipIf(process.platform !== 'linux')('a file whose size the system does not report (procfs) is read to its end, within the limit', async () => {
    for (const regular of [true, false]) {
      const r = await readBytes('/proc/self/status', { regular });
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.bytes.toString('latin1')).toMatch(/^Name:/);
      expect(await readBytes('/proc/self/status', { regular, maxSize: 16 })).toEqual({ ok: false, reason: 'too-large', message: 'input is over the 16 bytes limit (--max-size)' });
    }
  });
});

describe('readDocument / readStdinBytes', () => {
  it('reads a plain-text file as format text, keeping it byte for byte', async () => {
    const p = file('plain.txt', 'Beads placed.\r\n\r\nPLAN:  x  \r\n');
    expect(await readDocument(p)).toEqual({ ok: true, format: 'text', items: [{ text: 'Beads placed.\r\n\r\nPLAN:  x  \r\n', format: 'text', warnings: [] }] });
  });

  it('sniffs content before the extension: RTF saved as .txt is RTF, text saved as .rtf is text', async () => {
    expect(await readDocument(file('rtf.txt', '{\\rtf1 Beads.\\par}'))).toMatchObject({ ok: true, format: 'rtf' });
    expect(await readDocument(file('text.rtf', 'Beads.\n'))).toMatchObject({ ok: true, format: 'text' });
  });

  it('keeps the size, binary and empty checks', async () => {
    expect(await readDocument(file('big.hl7', 'x'.repeat(3000)), { maxSize: 1024 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await readDocument(file('empty.rtf', ''))).toEqual({ ok: false, reason: 'empty', message: 'empty note' });
    expect(await readDocument(file('bin.dat', Buffer.from([1, 0, 2, 0, 0, 0, 3])))).toEqual({ ok: false, reason: 'binary', message: 'binary file, skipped' });
  });

  it('reads stdin bytes with the size limit', async () => {
    expect(await readStdinBytes(Readable.from([Buffer.from('ab'), Buffer.from('c')]))).toEqual({ ok: true, bytes: Buffer.from('abc') });
    expect(await readStdinBytes(Readable.from([Buffer.alloc(3000)]), { maxSize: 1024 })).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
