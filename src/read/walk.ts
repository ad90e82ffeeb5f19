/** Where a depth-first walk stands in one list of children, and what to do when it is done. */
export interface Frame<Node> {
  children: readonly Node[]
  index: number
  exit: (() => void) | undefined
}

/**
 * Depth first, from a stack of its own, so that no nesting depth can
 * overflow the call stack: `visit` handles a node and returns the frame of
 * the children to read next, if any; a frame's `exit` runs after them.
 * Shared by the Markdown and HTML readers.
 */
export function walkFrames<Node, F extends Frame<Node>>(root: F, visit: (node: Node, frame: F) => F | undefined): void {
  const stack: F[] = [root]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.index === frame.children.length) {
      stack.pop()
      frame.exit?.()
      continue
    }
    const next = visit(frame.children[frame.index++]!, frame)
    if (next) stack.push(next)
  }
}
