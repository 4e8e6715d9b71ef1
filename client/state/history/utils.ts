// Pure undo stack: push returns a new stack (oldest entries dropped past the limit),
// pop returns the last entry and the stack without it.

export interface UndoStack<T> {
  readonly items: readonly T[];
  readonly limit: number;
}

/** One undoable change to the drawn graph: what it added, or the whole graph it replaced. */
export interface GraphChange<S = unknown> {
  label: string;
  nodes: string[];
  edges: string[];
  /** For a replacement: the graph before it (restored as a whole on undo). */
  before?: S;
}

export function emptyStack<T>(limit = 50): UndoStack<T> {
  return { items: [], limit: Math.max(1, limit) };
}

export function push<T>(stack: UndoStack<T>, item: T): UndoStack<T> {
  const items = [...stack.items, item];
  return { items: items.length > stack.limit ? items.slice(items.length - stack.limit) : items, limit: stack.limit };
}

export function pop<T>(stack: UndoStack<T>): [T | undefined, UndoStack<T>] {
  if (stack.items.length === 0) return [undefined, stack];
  return [stack.items[stack.items.length - 1], { items: stack.items.slice(0, -1), limit: stack.limit }];
}

export function canUndo<T>(stack: UndoStack<T>): boolean {
  return stack.items.length > 0;
}
