/**
 * Helpers for the stories' play functions, which use `storybook/test` (instrumented: each step
 * shows in Storybook's Interactions panel). They take the module from Storybook's preview, which
 * provides it as a global (its bundler maps `import … from 'storybook/test'` to that global too).
 * Nothing here imports Storybook: the workbench reads the same stories files and never runs a play
 * function, so it does not bundle Storybook.
 */
import type * as StorybookTest from 'storybook/test';
import type { StoryElement } from '../src/shared/story-element.js';

export function storybookTest(): typeof StorybookTest {
  const test = (globalThis as { __STORYBOOK_MODULE_TEST__?: typeof StorybookTest }).__STORYBOOK_MODULE_TEST__;
  if (!test) throw new Error('Play functions run in Storybook (storybook/test is not loaded).');
  return test;
}

/** Queries by role and name inside the shadow root of the story's widget, once it shows its story. */
export async function widgetScreen(canvasElement: HTMLElement, tagName: string) {
  const { waitFor, within } = storybookTest();
  const widget = canvasElement.querySelector<StoryElement<unknown>>(tagName);
  await waitFor(
    () => {
      if (!widget?.loadedStory) throw new Error(`<${tagName}> has not shown its story yet`);
    },
    { timeout: 5000 },
  );
  await widget!.updateComplete;
  return { widget: widget!, screen: within(widget!.shadowRoot as unknown as HTMLElement) };
}
