/**
 * npm run build:intents — trains the router's model from content/intents/examples/*.txt and
 * content/lexicon.ts and writes assets/worker/intent-model.json (the only router data the Worker
 * reads, as a static asset: no example phrasing, no dictionary). Takes a few seconds, mostly
 * kuromoji and training.
 *
 * 1. Every example, and its kana reading, base-form and mixed kanji/kana variants (kuromoji),
 *    becomes one training instance of its class; lexicon terms get their kana readings too.
 * 2. A fifth of the examples is held out to fit the softmax temperature, so confidence means
 *    what it says on phrasings the model did not see; then the model is trained on everything.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { concepts } from '../../../content/lexicon';
import { intentContents } from '../../../content/intents';
import { SMALL_TALK_INTENTS } from '../../../content/small-talk';
import { compileConcepts, ConceptMatcher, type ConceptTable } from '../concepts';
import { textFeatures } from '../features';
import { NONE, type ModelData } from '../model';
import { normalise } from '../normalise';
import { loadAnalyser, seededRandom, termReading, variants } from './analyse';
import { BUILD_DIR, inputsDigest, MODEL_ASSET, MODEL_SOURCES } from './digest';
import { EXAMPLES_DIR, parseExamples } from './examples';
import { encodeWeights, fitTemperature, train, type Instance, type TrainOptions } from './train';

const root = fileURLToPath(new URL('../../../', import.meta.url).href);
const target = join(root, MODEL_ASSET);

const SEED = 20240601;
/** Weights are stored as integers in -LEVELS…LEVELS: fewer distinct values compress better. */
const LEVELS = 31;
const OPTIONS: Omit<TrainOptions, 'classes'> = { epochs: 14, learningRate: 0.4, l2: 1e-6, keep: 17000, fineTuneEpochs: 4, seed: SEED };

/** The files of a directory whose names end so, by repository path. */
const filesIn = (dir: string, ending: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith(ending))
      .sort()
      .map((name) => [`${dir}/${name}`, readFileSync(join(root, dir, name), 'utf8')]),
  );

/** Trains the model from the repository's examples and lexicon; returns its data and what it was trained on. */
export async function buildModel() {
  const sources = filesIn(EXAMPLES_DIR, '.txt');
  const examples = new Map<string, string[]>();
  for (const [path, text] of Object.entries(sources)) parseExamples(text, path, examples);
  const classes = [...intentContents.map((c) => c.id), ...SMALL_TALK_INTENTS, NONE];
  const unknown = [...examples.keys()].filter((name) => !classes.includes(name));
  if (unknown.length) throw new Error(`examples for classes that do not exist: ${unknown.join(', ')}`);
  const missing = classes.filter((name) => !examples.get(name)?.length);
  if (missing.length) throw new Error(`classes without examples: ${missing.join(', ')}`);

  const analyse = await loadAnalyser();
  const table: ConceptTable = concepts.map((c) => {
    const terms = c.terms.flatMap((t) => [t, termReading(t, analyse) ?? ''].filter(Boolean).map(normalise));
    return [c.id, [...new Set(terms.filter((t) => t !== ''))]] as const;
  });
  const compiled = compileConcepts(table);
  const matcher = new ConceptMatcher(compiled);

  const random = seededRandom(SEED);
  const instances: Instance[] = [];
  const originals: Instance[] = [];
  let group = 0;
  classes.forEach((name, label) => {
    for (const example of examples.get(name)!) {
      group++;
      variants(example, analyse, random).forEach((text, i) => {
        const instance = { features: textFeatures(text, matcher).buckets, label, group };
        if (instance.features.length === 0) return;
        instances.push(instance);
        if (i === 0) originals.push(instance);
      });
    }
  });

  const options = { ...OPTIONS, classes: classes.length };
  const heldOutGroups = new Set(originals.filter(() => random() < 0.2).map((i) => i.group));
  const calibration = train(
    instances.filter((i) => !heldOutGroups.has(i.group)),
    options,
  );
  const temperature = fitTemperature(
    calibration,
    originals.filter((i) => heldOutGroups.has(i.group)),
  );
  const model = train(instances, options);
  const encoded = encodeWeights(model, LEVELS);

  const files: Record<string, string> = { ...sources, ...filesIn(BUILD_DIR, '.ts') };
  for (const path of MODEL_SOURCES) files[path] = readFileSync(join(root, path), 'utf8');

  const data: ModelData = {
    inputs: await inputsDigest(files),
    classes,
    concepts: compiled,
    bias: [...model.bias].map((b) => Math.round(b * 1000) / 1000),
    scale: encoded.scale,
    levels: LEVELS,
    temperature,
    weights: encoded.text,
  };
  return { data, classes, instances, originals, kept: encoded.kept };
}

async function main() {
  const started = performance.now();
  const { data, classes, originals, instances, kept } = await buildModel();
  const json = JSON.stringify(data);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${json}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `wrote ${target}: ${classes.length} classes, ${originals.length} examples (${instances.length} with variants), ` +
      `${kept} weights, temperature ${data.temperature}, ${json.length} characters, ${seconds} s`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
