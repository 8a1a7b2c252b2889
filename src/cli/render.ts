/**
 * `npx negotiation-widgets render <widget> [--attribute value …] [--story story.json] [--lang de] [--no-fallback]`:
 * prints one widget server-rendered as HTML (`renderWidget` of `negotiation-widgets/ssr.js`), for a
 * publishing system that pastes HTML rather than running Node. Exits 2 on a usage error, 1 when the
 * story or an attribute is refused. Needs `@lit-labs/ssr` installed beside the package.
 * Redirected to a file, the HTML is exact; on a terminal, control characters are shown as escapes.
 */
import { readFile } from 'node:fs/promises';
import { printable } from './printable.js';
import type * as Ssr from '../ssr.js';

export const RENDER_USAGE =
  'Usage: negotiation-widgets render <quote-card|position-matrix|negotiation-status> [--<attribute> <value> …] [--story <story.json>] [--lang <language>] [--no-fallback]';

interface RenderArguments {
  widget: string;
  attributes: Record<string, string | true>;
  story?: string;
  lang?: string;
  fallback: boolean;
}

/** `--name value` pairs; a flag followed by another flag (or nothing) is a boolean attribute. */
function parse(args: string[]): RenderArguments | string {
  const [widget, ...rest] = args;
  if (!widget || widget.startsWith('-')) return RENDER_USAGE;
  const parsed: RenderArguments = { widget, attributes: {}, fallback: true };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--') || arg.length === 2) return `Unexpected "${arg}".\n${RENDER_USAGE}`;
    const name = arg.slice(2);
    const next = rest[i + 1];
    const value = next !== undefined && !next.startsWith('--') ? (i++, next) : true;
    if (name === 'no-fallback') parsed.fallback = false;
    else if (name === 'story' || name === 'lang') {
      if (value === true) return `--${name} needs a value.\n${RENDER_USAGE}`;
      parsed[name] = value;
    } else parsed.attributes[name] = value;
  }
  return parsed;
}

export async function renderCommand(args: string[]): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    console.error(printable(parsed).replace(/\\u000a/g, '\n'));
    return 2;
  }
  let ssr: typeof Ssr;
  try {
    ssr = (await import(new URL('./ssr.js', import.meta.url).href)) as typeof Ssr;
  } catch (error) {
    const missing = String((error as Error).message).includes('@lit-labs/ssr');
    console.error(missing ? 'negotiation-widgets render needs @lit-labs/ssr: npm install @lit-labs/ssr' : `Server rendering could not start: ${printable(String(error))}`);
    return 2;
  }
  let story: string | undefined;
  if (parsed.story !== undefined) {
    try {
      story = await readFile(parsed.story, 'utf8');
    } catch (error) {
      console.error(`${printable(parsed.story)}: cannot be read (${printable((error as NodeJS.ErrnoException).code ?? String(error))})`);
      return 2;
    }
  }
  let html: string;
  try {
    html = ssr.renderWidget(parsed.widget as Ssr.WidgetName, parsed.attributes, { story, lang: parsed.lang, fallback: parsed.fallback });
  } catch (error) {
    console.error(printable((error as Error).message));
    return 1;
  }
  process.stdout.write(process.stdout.isTTY ? `${html.split('\n').map(printable).join('\n')}\n` : `${html}\n`);
  return 0;
}
