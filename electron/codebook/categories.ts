// Categories: nodes that group codes but cannot be coded themselves (REFI-QDA isCodable="false").

// Why a passage cannot be coded at a category.
export function notCodableMessage(name: string): string {
  return `"${name}" is a category: it groups codes but cannot be coded itself. Code the passage at one of the codes inside it.`;
}
