// The markdown tables npm run bench prints: medians, and ratios to the plain form of the same run.

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value) => `${value.toFixed(0)} ms`;
const ratio = (value, base) => `${(value / base).toFixed(2)}×`;
const kb = (bytes) => (bytes ? `${(bytes / 1000).toFixed(1)} KB` : '0');
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const row = (cells) => `| ${cells.join(' | ')} |`;

/** Medians of one figure per variant and profile, from the load samples. */
function medians(samples, figure) {
  const result = {};
  for (const sample of samples) ((result[sample.variant] ??= {})[sample.profile] ??= []).push(sample[figure]);
  for (const byProfile of Object.values(result))
    for (const profile of Object.keys(byProfile)) byProfile[profile] = median(byProfile[profile]);
  return result;
}

/**
 * The load tables: size, the form visible and typable, and ready (pages/ready.js says what each
 * means); then script, heap and layout shift.
 */
export function loadTables(variants, samples, scriptSamples) {
  const ready = medians(samples, 'ready');
  const visible = medians(samples, 'visible');
  const script = medians(scriptSamples, 'script');
  const busy = medians(scriptSamples, 'busy');
  const painted = medians(scriptSamples, 'painted');
  const heap = medians(samples, 'heap');
  const js = medians(samples, 'js');
  const css = medians(samples, 'css');
  const cls = (id, figure) => {
    const values = samples.filter((sample) => sample.variant === id).map((sample) => sample[figure]);
    return `${median(values).toFixed(3)} (max ${Math.max(...values).toFixed(3)})`;
  };
  const moment = (figures, id, profile) => [ms(figures[id][profile]), ratio(figures[id][profile], figures.plain[profile])];
  return [
    row([
      'variant',
      'JS gzip, first render',
      'JS gzip requested before ready (throttled)',
      'unthrottled: visible and typable',
      '× plain',
      'ready',
      '× plain',
      'throttled: visible and typable',
      '× plain',
      'ready',
      '× plain',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...variants.map(({ id, name, firstRender }) =>
      row([
        name,
        kb(firstRender.total),
        kb(js[id].throttled) + (css[id].throttled ? ` + ${kb(css[id].throttled)} CSS` : ''),
        ...moment(visible, id, 'unthrottled'),
        ...moment(ready, id, 'unthrottled'),
        ...moment(visible, id, 'throttled'),
        ...moment(ready, id, 'throttled'),
      ]),
    ),
    '',
    row([
      'variant',
      'main-thread script to ready, unthrottled',
      'main-thread script to ready, throttled',
      'main-thread busy to ready, throttled (script, parsing, style, layout, paint)',
      'ready frame painted, throttled (traced loads)',
      'JS heap after ready (unthrottled / throttled)',
      'CLS to ready, median (max)',
      'CLS through the upgrade, median (max)',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...variants.map(({ id, name }) =>
      row([
        name,
        ms(script[id].unthrottled),
        ms(script[id].throttled),
        `${ms(busy[id].throttled)} (${ratio(busy[id].throttled, busy.plain.throttled)})`,
        `${ms(painted[id].throttled)} (${ratio(painted[id].throttled, painted.plain.throttled)})`,
        `${mb(heap[id].unthrottled)} / ${mb(heap[id].throttled)}`,
        cls(id, 'cls'),
        cls(id, 'upgrade'),
      ]),
    ),
  ];
}

/**
 * The scaling table, throttled: plain forms, declared fields (ready) and the same fields written
 * as HTML (visible and typable, and ready), of each size.
 */
export function scalingTable(sizes, samples) {
  const figure = (kind, size, name) => median(samples.filter((s) => s.kind === kind && s.size === size).map((s) => s[name]));
  const [first, last] = [sizes[0], sizes.at(-1)];
  const perField = (kind, name = 'ready') => (figure(kind, last, name) - figure(kind, first, name)) / (last - first);
  const html = samples.some((sample) => sample.kind === 'html');
  const plain = (size) => figure('plain', size, 'ready');
  return [
    row([
      'fields',
      'plain form ready',
      'declared fields ready',
      '× plain',
      ...(html ? ['as HTML: visible and typable', '× plain', 'ready', '× plain'] : []),
    ]),
    row(['---:', '---:', '---:', '---:', ...(html ? ['---:', '---:', '---:', '---:'] : [])]),
    ...sizes.map((size) =>
      row([
        size,
        ms(plain(size)),
        ms(figure('fields', size, 'ready')),
        ratio(figure('fields', size, 'ready'), plain(size)),
        ...(html
          ? [
              ms(figure('html', size, 'visible')),
              ratio(figure('html', size, 'visible'), plain(size)),
              ms(figure('html', size, 'ready')),
              ratio(figure('html', size, 'ready'), plain(size)),
            ]
          : []),
      ]),
    ),
    '',
    `Per field (${first} → ${last}, throttled): plain ${perField('plain').toFixed(2)} ms, declared ${perField('fields').toFixed(2)} ms` +
      (html ? `, as HTML ${perField('html', 'visible').toFixed(2)} ms to visible` : '') +
      `; at ${last} fields the declared form takes ${ratio(figure('fields', last, 'ready'), plain(last))} the plain form's time.`,
  ];
}

/**
 * The submit table: click → the request leaves the page, from the click's timeStamp and from the
 * first click listener, with Playwright's click (press and release at once) and with the release
 * apart from the press (lib/measure.mjs, submit).
 */
export function submitTable(variants, samples) {
  return [
    row([
      'variant',
      'click (press and release at once) → request leaves the page, median',
      'min',
      'max',
      'from the first click listener',
      'release apart from the press → request leaves the page, median',
      'from the first click listener',
      'submits',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...variants.map(({ id, name }) => {
      const of = (press) => samples.filter((sample) => sample.variant === id && sample.press === press);
      const [click, apart] = [of('click'), of('apart')];
      const values = click.map((sample) => sample.ms);
      const med = (list, figure) => `${median(list.map((sample) => sample[figure])).toFixed(1)} ms`;
      return row([
        name,
        med(click, 'ms'),
        `${Math.min(...values).toFixed(1)} ms`,
        `${Math.max(...values).toFixed(1)} ms`,
        med(click, 'listener'),
        med(apart, 'ms'),
        med(apart, 'listener'),
        `${click.length} + ${apart.length}`,
      ]);
    }),
  ];
}

/** The typing table: per keystroke into the field every condition names, by number of conditional fields. */
export function typingTable(sizes, samples) {
  const of = (size) => samples.filter((sample) => sample.size === size);
  return [
    row([
      'conditional fields',
      'per input event, median',
      'max',
      'key to its next frame painted, median',
      'max',
      'first keystroke (shows them), median',
      'keystrokes',
    ]),
    row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...sizes.map((size) => {
      const later = of(size).flatMap((sample) => sample.inputs.slice(1));
      const frames = of(size).flatMap((sample) => sample.frames.slice(1));
      const first = of(size).map((sample) => sample.inputs[0]);
      const ms = (value) => `${value.toFixed(1)} ms`;
      return row([
        size,
        ms(median(later)),
        ms(Math.max(...later)),
        ms(median(frames)),
        ms(Math.max(...frames)),
        ms(median(first)),
        later.length,
      ]);
    }),
  ];
}
