// A figure that changes lights up for a few seconds, so eyes across the room find what moved.
// Figures are marked data-figure="key" (stable across renders) and data-value (what is compared:
// the raw value, so a language change that only re-words a figure lights nothing).

export const highlightMs = 4000;

export class ChangeHighlighter {
  private readonly values = new Map<string, string>();
  private readonly changedAt = new Map<string, number>();

  constructor(
    private readonly durationMs: number = highlightMs,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Call after every render. A figure whose value differs from the last render's starts its highlight; one still
   * within its few seconds keeps it, the animation carried on where it was (the render made a new element).
   * The first render of a figure lights nothing: everything is new on a fresh screen.
   */
  apply(root: ParentNode): void {
    const at = this.now();
    for (const element of root.querySelectorAll<HTMLElement>('[data-figure]')) {
      const key = element.dataset['figure']!;
      const value = element.dataset['value'] ?? element.textContent ?? '';
      const before = this.values.get(key);
      if (before !== undefined && before !== value) this.changedAt.set(key, at);
      this.values.set(key, value);
      const since = this.changedAt.get(key);
      if (since === undefined) continue;
      const elapsed = at - since;
      if (elapsed >= this.durationMs) {
        this.changedAt.delete(key);
        continue;
      }
      element.classList.add('changed');
      element.style.animationDelay = `-${Math.round(elapsed)}ms`;
    }
  }
}

/** The data attributes that make an element a highlighted figure. */
export function figure(key: string, value: number | string): Record<string, string> {
  return { figure: key, value: String(value) };
}
