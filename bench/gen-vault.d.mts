export function rng(seed: number): () => number;
export function clientNote(r: () => number, i: number): { name: string; text: string };
export function otherNote(r: () => number, i: number): { name: string; text: string };
export function generateVault(dir: string, notes: number, clientShare?: number, seed?: number, options?: { fileTimes?: boolean }): { notes: number; clients: number };
