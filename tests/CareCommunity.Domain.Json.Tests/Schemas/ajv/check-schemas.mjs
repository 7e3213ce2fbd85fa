// Optional cross-check of the published JSON Schemas with ajv (not part of the xunit suite; needs Node and npm).
//   cd tests/CareCommunity.Domain.Json.Tests/Schemas/ajv && npm install --no-save ajv@8 ajv-formats@3 && node check-schemas.mjs
// Compiles every docs/schemas/*.json as draft 2020-12 (strict), then checks that the valid sample and the cc-N-*
// invalid samples (and the readings and multi-rule samples) conform to care-community.schema.json, the Cheshire East
// place document to place.schema.json, the quality samples to their schemas, and that the structurally broken
// samples do not; and that every line of the generated population sample conforms to resident.schema.json while the
// lines of samples/data/population/malformed.ndjson conform or not as its README says;
// the governance meeting and dispute samples conform to meeting.schema.json and dispute.schema.json, and their
// invalid samples named *-structure-*.json do not.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");
const read = (p) => JSON.parse(readFileSync(join(root, p), "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

let failures = 0;
const schemas = readdirSync(join(root, "docs/schemas")).filter((f) => f.endsWith(".json"));
for (const file of schemas) {
  try {
    ajv.addSchema(read(`docs/schemas/${file}`), file);
    ajv.getSchema(file);
    console.log(`ok   compiles  ${file}`);
  } catch (e) {
    failures++;
    console.log(`FAIL compiles  ${file}: ${e.message}`);
  }
}

const expect = (path, shouldPass, schema = "care-community.schema.json") => {
  const validate = ajv.getSchema(schema);
  let text = readFileSync(join(root, path), "utf8");
  let doc;
  try { doc = JSON.parse(text); } catch { console.log(`skip (not JSON) ${path}`); return; }
  const ok = validate(doc);
  if (ok !== shouldPass) {
    failures++;
    console.log(`FAIL ${path}: expected ${shouldPass ? "valid" : "invalid"}`, ajv.errorsText(validate.errors));
  } else {
    console.log(`ok   ${shouldPass ? "valid  " : "invalid"}   ${path}`);
  }
};
expect("samples/data/care-community.valid.json", true);
expect("samples/data/cheshire-east-care-communities.json", true, "place.schema.json");
for (const f of readdirSync(join(root, "samples/data/invalid")).sort()) {
  if (f.startsWith("cc-")) expect(`samples/data/invalid/${f}`, true);
  if (f === "structure-bad-values.json" || f === "structure-unknown-member.json" || f === "structure-missing-reporting.json") expect(`samples/data/invalid/${f}`, false);
}
for (const dir of ["samples/data/readings", "samples/data/multi-rule"]) {
  for (const f of readdirSync(join(root, dir)).sort()) if (f.endsWith(".json")) expect(`${dir}/${f}`, true);
}
const quality = "samples/data/quality";
const schemaOf = (f) => f.startsWith("maturity-record") ? "maturity-record.schema.json"
  : f.startsWith("quality-plan") ? "quality-plan.schema.json"
  : f.endsWith(".json") && schemas.includes("measure-series.schema.json") ? "measure-series.schema.json" : null;
for (const f of readdirSync(join(root, quality)).sort()) {
  if (f.endsWith(".json") && schemaOf(f)) expect(`${quality}/${f}`, true, schemaOf(f));
}
const governance = "samples/data/governance";
const governanceSchemaOf = (f) => f.startsWith("meeting-") ? "meeting.schema.json" : f.startsWith("dispute-") ? "dispute.schema.json" : null;
for (const f of readdirSync(join(root, governance)).sort()) {
  if (f.endsWith(".json") && governanceSchemaOf(f)) expect(`${governance}/${f}`, true, governanceSchemaOf(f));
}
// Governance invalid samples: those named *-structure-*.json break the schema; the others break only what the schema cannot say.
for (const f of readdirSync(join(root, governance, "invalid")).sort()) {
  if (f.endsWith(".json") && governanceSchemaOf(f)) expect(`${governance}/invalid/${f}`, !f.includes("-structure-"), governanceSchemaOf(f));
}
// Population (NDJSON, one record per line): the generated sample, every line valid; the malformed file line by line.
const lines = (path) => readFileSync(join(root, path), "utf8").split("\n");
const expectLine = (path, number, line, shouldPass, schema = "resident.schema.json") => {
  const validate = ajv.getSchema(schema);
  const ok = validate(JSON.parse(line));
  if (ok !== shouldPass) {
    failures++;
    console.log(`FAIL ${path}:${number}: expected ${shouldPass ? "valid" : "invalid"}`, ajv.errorsText(validate.errors));
  }
  return ok === shouldPass;
};
const population = "samples/data/population/residents-1000.ndjson";
const generated = lines(population).filter((l) => l.length > 0);
if (generated.length !== 1000 || !generated.every((l, i) => expectLine(population, i + 1, l, true))) failures++;
else console.log(`ok   valid     ${population} (${generated.length} lines)`);
const malformed = "samples/data/population/malformed.ndjson";
const schemaValid = new Set([1, 8, 12, 30, 34, 36]); // see samples/data/population/README.md
const notJson = new Set([2, 31, 35]);
const notRecords = new Set([26, 27]);
let checked = 0;
lines(malformed).slice(0, -1).forEach((line, i) => {
  const number = i + 1;
  if (notRecords.has(number)) { if (line.trim() !== "") { failures++; console.log(`FAIL ${malformed}:${number}: expected a blank line`); } return; }
  let parsed = true;
  try { JSON.parse(line); } catch { parsed = false; }
  if (parsed === notJson.has(number)) { failures++; console.log(`FAIL ${malformed}:${number}: expected ${notJson.has(number) ? "not JSON" : "JSON"}`); return; }
  if (parsed && expectLine(malformed, number, line, schemaValid.has(number))) checked++;
});
console.log(`ok   checked   ${malformed} (${checked} JSON lines as its README says)`);
process.exit(failures === 0 ? 0 : 1);
