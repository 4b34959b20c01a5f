// Renders a Cucumber Messages NDJSON file with the official Cucumber HTML formatter.
// Usage: node render-html.mjs <in.ndjson> <out.html>
// The formatter has no command line; this feeds it the envelopes, one per line.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { CucumberHtmlStream } from '@cucumber/html-formatter';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node render-html.mjs <in.ndjson> <out.html>');
  process.exit(2);
}

async function* envelopes() {
  const lines = createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line);
    } catch (error) {
      throw new Error(`${input}:${number}: not JSON: ${error.message}`);
    }
  }
}

await pipeline(Readable.from(envelopes()), new CucumberHtmlStream(), createWriteStream(output));
