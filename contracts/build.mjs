#!/usr/bin/env node
// Compiles the contracts with solcjs into resources/contracts/ (ABI + bytecode).
//
//   node contracts/build.mjs            write the artifacts
//   node contracts/build.mjs --check    exit 1 if the committed artifacts differ
//   node contracts/build.mjs --out DIR  write into DIR instead
//
// The output must be reproducible byte for byte: fixed compiler (pinned npm
// solc), fixed settings, sorted keys, no timestamps or absolute paths.

import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const solc = require("solc");

const ROOT = resolve(here, "..");
const DEFAULT_OUT = join(ROOT, "resources", "contracts");

// App contracts go to the artifact root; test-only tokens under test/.
const TARGETS = [
  { source: "Escrow.sol", contract: "Escrow", out: "Escrow.json" },
  { source: "DemoUSD.sol", contract: "DemoUSD", out: "DemoUSD.json" },
  { source: "DemoUSD.sol", contract: "DemoToken", out: "DemoToken.json" },
  { source: "test/NoBoolToken.sol", contract: "NoBoolToken", out: "test/NoBoolToken.json" },
  { source: "test/FeeToken.sol", contract: "FeeToken", out: "test/FeeToken.json" },
  { source: "test/CallbackToken.sol", contract: "CallbackToken", out: "test/CallbackToken.json" },
  { source: "test/BlockingToken.sol", contract: "BlockingToken", out: "test/BlockingToken.json" },
  { source: "test/SenderFeeToken.sol", contract: "SenderFeeToken", out: "test/SenderFeeToken.json" },
];

// Cancun: transient storage makes the reentrancy guard cheap; anvil and
// py-evm (Prague) both run it, as do the mainstream EVM chains.
const SETTINGS = {
  evmVersion: "cancun",
  optimizer: { enabled: true, runs: 1000 },
  metadata: { bytecodeHash: "ipfs" },
};

function parseArgs(argv) {
  const args = { check: false, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--check") args.check = true;
    else if (argv[i] === "--out") args.out = resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

// Source unit names are relative to contracts/ so that no machine path ends
// up in the metadata (and so in the bytecode's metadata hash).
function findImport(path) {
  const candidates = [join(here, path), join(here, "node_modules", path)];
  for (const file of candidates) {
    if (existsSync(file)) return { contents: readFileSync(file, "utf8") };
  }
  return { error: `not found: ${path}` };
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}

function compile() {
  const sources = {};
  for (const t of TARGETS) {
    sources[t.source] = { content: readFileSync(join(here, t.source), "utf8") };
  }
  const input = {
    language: "Solidity",
    sources,
    settings: {
      ...SETTINGS,
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  let failed = false;
  for (const e of output.errors ?? []) {
    // OpenZeppelin's own warnings (the transient-storage note) are not ours to fix.
    const file = e.sourceLocation?.file ?? "";
    if (e.severity === "warning" && file.startsWith("@openzeppelin/")) continue;
    process.stderr.write(e.formattedMessage ?? e.message);
    if (e.severity === "error") failed = true;
  }
  if (failed) throw new Error("compilation failed");

  const artifacts = new Map();
  for (const t of TARGETS) {
    const c = output.contracts[t.source][t.contract];
    const artifact = sortKeys({
      contractName: t.contract,
      sourceName: t.source,
      abi: c.abi,
      bytecode: "0x" + c.evm.bytecode.object,
      deployedBytecode: "0x" + c.evm.deployedBytecode.object,
      compiler: { name: "solc", version: solc.version() },
      settings: SETTINGS,
    });
    artifacts.set(t.out, JSON.stringify(artifact, null, 2) + "\n");
  }
  return artifacts;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const artifacts = compile();
  if (args.check) {
    const stale = [];
    for (const [name, text] of artifacts) {
      const file = join(args.out, name);
      if (!existsSync(file) || readFileSync(file, "utf8") !== text) stale.push(name);
    }
    if (stale.length) {
      console.error(`stale artifacts (run node contracts/build.mjs): ${stale.join(", ")}`);
      process.exit(1);
    }
    console.log(`artifacts up to date: ${[...artifacts.keys()].join(", ")}`);
    return;
  }
  for (const [name, text] of artifacts) {
    const file = join(args.out, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${relative(ROOT, file) || file}`);
  }
}

main();
