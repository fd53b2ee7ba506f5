// Runs a WASI (wasm32-wasip1) module under Node's `node:wasi`, the way the tests run the
// `.wasm` files Rusputyn builds:
//
//     node --no-warnings wasi-run.mjs PROGRAM.wasm [ARGS...]
//
// argv[0] of the program is PROGRAM.wasm; stdin, stdout and stderr are the process's; the
// current directory is preopened as `.`; the exit status is the program's.
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { WASI } from 'node:wasi';

const [wasmPath, ...args] = process.argv.slice(2);
if (!wasmPath) {
  process.stderr.write('usage: node wasi-run.mjs PROGRAM.wasm [ARGS...]\n');
  process.exit(2);
}
const wasi = new WASI({
  version: 'preview1',
  args: [wasmPath, ...args],
  env: process.env,
  preopens: { '.': '.' },
  returnOnExit: true,
});
const module = await WebAssembly.compile(await readFile(wasmPath));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
