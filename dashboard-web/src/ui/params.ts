/** A query parameter of the page's address, or the demo network's default. */
export function queryParam(name: string, fallback: string, search: string = globalThis.location?.search ?? ''): string {
  const value = new URLSearchParams(search).get(name)?.trim();
  return value ? value : fallback;
}

/** The demo network's defaults: sub-branch SB-FT, its branch's room BR-SZ, the central room, the head office HO. */
export const demoDefaults = { branch: 'SB-FT', room: 'BR-SZ', centralRoom: 'central', institution: 'HO' } as const;
