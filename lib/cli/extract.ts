// Command-line extractor: `npm run --silent extract -- FILE...`
// Prints one JSON line per input file (GUIDE.md's format) and nothing else on stdout.
// A broken file gives a line with an `error` field; the exit code stays 0.
// Errors name the file and the kind of failure only, never message content.
import { readFile } from 'node:fs/promises';
import { extractEml } from '../extract/index';

async function main(files: string[]): Promise<void> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- FILE.eml [FILE.eml ...]\n');
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    let line: string;
    try {
      const raw = await readFile(file);
      const x = await extractEml(new Uint8Array(raw));
      line = JSON.stringify({
        file,
        messageId: x.messageId,
        sentAt: x.sentAt,
        language: x.language,
        subject: x.subject,
        reply: x.reply,
        signature: x.signature,
        contacts: x.contacts.map((c) => ({
          email: c.email, name: c.name, title: c.title, company: c.company, phones: c.phones,
          person: c.person, role: c.roleHint?.role ?? null,
        })),
        commitments: x.commitments,
        signals: x.signals,
      });
    } catch (err) {
      const e = err as Error;
      line = JSON.stringify({ file, error: `${e.name ?? 'Error'}: ${e.message ?? String(err)}` });
    }
    process.stdout.write(line + '\n');
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`extract: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
