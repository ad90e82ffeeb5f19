/**
 * What a handler asks of the walker after it has handled a node: read these
 * children (default: the node's own) in this context (default: the node's),
 * then call `exit`. `undefined` skips the children.
 */
export interface Visit<Context, Child = never> {
  children?: readonly Child[] | undefined
  context?: Context | undefined
  exit?: (() => void) | undefined
}

/** Where the walk stands in one list of children. */
interface Frame<Child, Context> {
  children: readonly Child[]
  index: number
  context: Context
  exit: (() => void) | undefined
}

/**
 * Depth first, from a stack of its own, so that no nesting depth can
 * overflow the call stack. `enter` handles a node in its context and says
 * how to read its children (`Visit`); `childrenOf` gives a node's own
 * children. The one walk of both readers (Markdown and HTML).
 */
export function walk<Child, Context>(
  children: readonly Child[],
  context: Context,
  enter: (node: Child, context: Context) => Visit<Context, Child> | undefined,
  childrenOf: (node: Child) => readonly Child[] | undefined
): void {
  const stack: Array<Frame<Child, Context>> = [{children, index: 0, context, exit: undefined}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.index === frame.children.length) {
      stack.pop()
      frame.exit?.()
      continue
    }
    const node = frame.children[frame.index++]!
    const visit = enter(node, frame.context)
    if (!visit) continue
    const next = visit.children ?? childrenOf(node)
    if (next && next.length > 0) stack.push({children: next, index: 0, context: visit.context ?? frame.context, exit: visit.exit})
    else visit.exit?.()
  }
}
