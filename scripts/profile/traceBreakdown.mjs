// Turns a Chromium trace of the bench page into a start-up breakdown, between the
// marks 'siae-script-start' and 'siae-first-question' set by the bench page.
// Main-thread time by kind comes from trace events (self time of each event);
// script time by source from V8's sampling profiler chunks, mapped to the sources
// through embed.js's source map.
import { SourceMapConsumer } from 'source-map-js';

const KINDS = [
  ['compile', /^(v8\.compile|V8\.Compile|v8\.produceCache|v8\.deserializeOnBackground|V8\.Parse)/i],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout)/],
  ['layout', /^(Layout|UpdateLayerTree|PrePaint|IntersectionObserverController)/],
  ['paint', /^(Paint|PaintImage|CompositeLayers|Layerize|Commit|RasterTask|UpdateLayer)/],
  ['gc', /(GC|BlinkGC|ThreadState|V8\.GC)/],
  ['parse HTML', /^ParseHTML$/],
  ['script', /^(EvaluateScript|v8\.run|FunctionCall|V8\.Execute|TimerFire|EventDispatch|RunMicrotasks|v8\.callFunction|v8\.evaluateModule|FireAnimationFrame|HandlePostMessage)/],
];

const SOURCES = [
  ['i18next', /node_modules\/i18next\//],
  ['preact', /node_modules\/preact\//],
  ['zustand', /node_modules\/zustand\//],
  ['other libraries', /node_modules\//],
  ['wording (locales)', /locales\//],
  ['i18n set-up', /src\/i18n\//],
  ['styles', /src\/(embed\/styles|.*\.css)/],
  ['accent check', /src\/embed\/(readableAccent|contrast)/],
  ['embed (mount, element)', /src\/embed\//],
  ['views (first render)', /src\/ui\//],
  ['store', /src\/store\//],
  ['content (data)', /src\/data\//],
  ['core', /src\/core\//],
];

const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other';

function mainThread(events, t0Event) {
  return { pid: t0Event.pid, tid: t0Event.tid };
}

/** Self time per kind of the complete events of one thread inside [from, to]. */
function selfTimeByKind(events, from, to) {
  const list = events.filter((e) => e.ph === 'X' && e.dur > 0 && e.ts < to && e.ts + e.dur > from).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const byKind = {};
  const stack = [];
  const add = (e, amount) => (byKind[kindOf(e.name)] = (byKind[kindOf(e.name)] ?? 0) + amount / 1000);
  for (const e of list) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const clipped = Math.min(e.ts + e.dur, to) - Math.max(e.ts, from);
    const parent = stack.at(-1);
    // A child of an event of a known kind keeps its own kind only if it has one.
    if (parent) add(parent, -clipped);
    add(kindOf(e.name) === 'other' && parent ? parent : e, clipped);
    stack.push(e);
  }
  return byKind;
}

/** Self time by source of V8's samples inside [from, to]. */
function samplesBySource(events, pid, from, to, consumer) {
  const nodes = new Map();
  const samples = [];
  const profiles = events.filter((e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk'));
  let time = 0;
  for (const e of profiles) {
    const data = e.args?.data ?? {};
    if (e.name === 'Profile') time = data.startTime ?? time;
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    (data.timeDeltas ?? []).forEach((delta, i) => {
      time += delta;
      samples.push({ id: ids[i], time });
    });
  }
  const bySource = {};
  // Self time by function too (`--functions`): which call inside a source costs.
  const byFunction = {};
  const cache = new Map();
  for (let i = 0; i < samples.length - 1; i++) {
    const { id, time: t } = samples[i];
    if (t < from || t > to) continue;
    const frame = nodes.get(id)?.callFrame ?? {};
    let source = frame.functionName?.startsWith('(') ? frame.functionName : 'other script';
    if (frame.url?.endsWith('/embed.js')) {
      const key = `${frame.lineNumber}:${frame.columnNumber}`;
      if (!cache.has(key)) {
        const orig = consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
        const group = SOURCES.find(([, re]) => re.test(orig.source ?? ''))?.[0] ?? `embed.js ${orig.source ?? '?'}`;
        const where = `${(orig.source ?? '?').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${orig.line}`;
        cache.set(key, [group, `${frame.functionName || '(anonymous)'} ${where}`]);
      }
      const [group, fn] = cache.get(key);
      source = group;
      byFunction[fn] = (byFunction[fn] ?? 0) + (samples[i + 1].time - t) / 1000;
    } else if (frame.url?.includes('/__bench/')) source = 'bench watcher';
    bySource[source] = (bySource[source] ?? 0) + (samples[i + 1].time - t) / 1000;
  }
  delete bySource['(idle)'];
  return Object.defineProperty(bySource, 'byFunction', { value: byFunction, enumerable: false });
}

export async function traceBreakdown(trace, sourceMap) {
  const events = trace.traceEvents ?? trace;
  const mark = (name) => events.find((e) => e.name === name && (e.cat ?? '').includes('blink.user_timing'));
  const start = mark('siae-script-start');
  const end = mark('siae-first-question');
  if (!start || !end) throw new Error('trace: bench marks not found');
  const { pid, tid } = mainThread(events, start);
  const thread = events.filter((e) => e.pid === pid && e.tid === tid);
  const consumer = new SourceMapConsumer(sourceMap);
  const tasks = thread.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= start.ts && e.ts < end.ts);
  const busy = tasks.reduce((s, e) => s + Math.min(e.dur, end.ts - e.ts), 0) / 1000;
  const total = (end.ts - start.ts) / 1000;
  const byKind = selfTimeByKind(thread, start.ts, end.ts);
  byKind.idle = Math.max(0, total - busy);
  const longTasks = tasks
    .filter((e) => e.dur > 50_000)
    .map((e) => {
      const kinds = selfTimeByKind(thread, e.ts, e.ts + e.dur);
      const sources = samplesBySource(events, pid, e.ts, e.ts + e.dur, consumer);
      const top = Object.entries({ ...sources, compile: kinds.compile ?? 0, style: kinds.style ?? 0, layout: kinds.layout ?? 0 })
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5);
      return { start: (e.ts - start.ts) / 1000, duration: e.dur / 1000, top };
    });
  const bySource = samplesBySource(events, pid, start.ts, end.ts, consumer);
  return { total, byKind, bySource, byFunction: bySource.byFunction, longTasks };
}
