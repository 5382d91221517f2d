import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2], want = process.argv[3];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
let ms = []; map.eachMapping((m) => ms.push(m));
ms.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
let out = '';
for (let i = 0; i < ms.length; i++) { const m = ms[i], n = ms[i + 1]; const line = lines[m.generatedLine - 1]; const end = n && n.generatedLine === m.generatedLine ? n.generatedColumn : line.length; if ((m.source||'').includes(want)) out += line.slice(m.generatedColumn, end); }
console.log(out);
