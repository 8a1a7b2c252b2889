// The package's index.d.ts re-exports `./browser/commands.mjs`, which TypeScript cannot find (the
// file beside it is commands.d.ts): declare the one browser command the visual tests use.
export {};
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
